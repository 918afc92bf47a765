namespace TranslationDiff.Analysis.Text;

/// <summary>Which accented letters each language writes: a word with others is foreign to it.</summary>
internal static class Letters
{
    private static readonly Dictionary<string, string> Accented = new(StringComparer.Ordinal)
    {
        ["en"] = string.Empty,
        ["fr"] = "àâæçéèêëîïôœùûüÿ",
        ["es"] = "áéíóúñü",
        ["ca"] = "àçéèíïóòúü·",
        ["pt"] = "áâãàçéêíóôõú",
        ["it"] = "àèéìíîòóùú",
        ["de"] = "äöüß",
        ["nl"] = "áéíóúëïöüè",
    };

    /// <summary>Whether the word has a letter with a diacritic that the language does not use (true for none when the language is unknown).</summary>
    public static bool HasForeignLetter(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(language);
        if (!Accented.TryGetValue(language.Split('-')[0], out var own))
        {
            return false;
        }

        return word.Any(c => char.IsLetter(c) && c > '\u007F' && !own.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
    }

    /// <summary>Whether the language writes the accented <paramref name="letter"/> itself (false for every letter in English or an unknown language).</summary>
    public static bool Writes(string language, char letter)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Accented.TryGetValue(language.Split('-')[0], out var own) && own.Contains(char.ToLowerInvariant(letter), StringComparison.Ordinal);
    }
}

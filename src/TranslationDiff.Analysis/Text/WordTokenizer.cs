namespace TranslationDiff.Analysis.Text;

/// <summary>
/// Splits text into words: runs of letters, digits and combining marks, keeping an apostrophe or a hyphen
/// between two letters inside the word ("aujourd'hui", "Moscow-Pyongyang"). Everything else separates words.
/// </summary>
internal static class WordTokenizer
{
    public static IReadOnlyList<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
            {
                i++;
            }

            words.Add(new TextSpan(start, i - start, text[start..i]));
        }

        return words;
    }

    /// <summary>Words only, lower-cased with accents removed: for comparing texts across editions.</summary>
    public static IReadOnlyList<string> Folded(string text) =>
        Tokenize(text).Select(w => TextFold.Fold(w.Text)).ToList();

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>An apostrophe, a hyphen, or the Catalan middle dot of « l·l » (« cancel·la », « col·legi »), inside a word.</summary>
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2011' or '\u00B7';
}

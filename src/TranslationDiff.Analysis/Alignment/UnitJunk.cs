namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// How much a unit (a line of text) looks like debris rather than running text, from its shape alone and in any
/// language written with letters: 0 for a line with at least <see cref="FullWords"/> lower-case words of two
/// letters or more, rising to 1 for a line with none (OCR debris such as "■ iv V", lone page numbers, headings
/// and captions in capitals, brand names). A line with fewer than <see cref="MinLetters"/> letters is 1. Lines in
/// a script without case (no upper/lower distinction) count every word as lower-case.
/// </summary>
internal static class UnitJunk
{
    /// <summary>Lower-case words a line needs to count as running text.</summary>
    public const int FullWords = 3;

    /// <summary>Letters a line needs to count as text at all.</summary>
    public const int MinLetters = 4;

    public static double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        var lowerWords = 0;
        var wordLength = 0;
        var wordAllLower = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                wordLength++;
                wordAllLower &= !char.IsUpper(c);
                continue;
            }

            // Anything else (space, punctuation, digit, and the apostrophe or hyphen inside l'aube) ends a word.
            Count(ref lowerWords, ref wordLength, ref wordAllLower);
        }

        Count(ref lowerWords, ref wordLength, ref wordAllLower);
        return letters < MinLetters ? 1.0 : 1.0 - (Math.Min(lowerWords, FullWords) / (double)FullWords);
    }

    private static void Count(ref int lowerWords, ref int wordLength, ref bool wordAllLower)
    {
        if (wordLength >= 2 && wordAllLower)
        {
            lowerWords++;
        }

        wordLength = 0;
        wordAllLower = true;
    }
}

namespace TranslationDiff.Analysis.Text;

/// <summary>
/// Roman numerals where they are numbers beyond doubt: a century or millennium (« XVIIe siècle », « siglo XVII »,
/// « s. XVII », « segles XVI i XVII », "XVII secolo") and a French ordinal (« XIXe », « XVIIème », « Ier »). Elsewhere
/// capital letters such as "I", "MI" or "CD" are words or initials, and « Le », « Ce » or « De » are words that
/// merely look like a numeral with an ordinal ending, so they are left alone.
/// </summary>
internal static class RomanNumerals
{
    private static readonly HashSet<string> CenturyWords = new(StringComparer.Ordinal)
    {
        "siecle", "siecles", "millenaire", "millenaires", "siglo", "siglos", "milenio", "milenios", "segle", "segles", "mil·lenni", "mil·lennis",
        "secolo", "secoli", "millennio", "seculo", "seculos", "century", "centuries", "millennium", "jahrhundert", "jahrhunderts",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "y", "i", "et", "e", "and", "und", "o", "ou", "or", "al", "a", "au" };

    /// <summary>The value of the Roman numeral <paramref name="word"/> found at <paramref name="start"/> of <paramref name="text"/>, when its place makes it one; else null.</summary>
    public static int? Read(string text, int start, string word)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(word);
        var letters = word;
        var ordinal = false;
        foreach (var suffix in (string[])["ème", "eme", "ère", "er", "e", "è"])
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal) && IsRoman(word[..^suffix.Length]))
            {
                (letters, ordinal) = (word[..^suffix.Length], true);
                break;
            }
        }

        if (Value(letters) is not { } value)
        {
            return null;
        }

        // An ordinal ending alone makes a numeral only of two letters or more among I, V, X, L (« XIXe », not « Le »).
        var ordinalAlone = ordinal && letters.Length >= 2 && letters.All(c => c is 'I' or 'V' or 'X' or 'L');
        return ordinalAlone || CenturyBefore(text, start) || CenturyAfter(text, start + word.Length) ? value : null;
    }

    /// <summary>The value of a well-formed Roman numeral in capitals, or null.</summary>
    public static int? Value(string letters)
    {
        if (letters.Length == 0 || !IsRoman(letters))
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            var v = Digit(letters[i]);
            total += i + 1 < letters.Length && Digit(letters[i + 1]) > v ? -v : v;
        }

        // Only the canonical spelling counts ("IIII", "IC", "VX" are not numerals).
        return total > 0 && Write(total) == letters ? total : null;
    }

    private static bool IsRoman(string letters) => letters.Length > 0 && letters.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    private static int Digit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000,
    };

    private static string Write(int value)
    {
        (int Value, string Letters)[] steps = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var s = new System.Text.StringBuilder();
        foreach (var (v, l) in steps)
        {
            while (value >= v)
            {
                s.Append(l);
                value -= v;
            }
        }

        return s.ToString();
    }

    /// <summary>A century word just before (« siglo XVII », « s. XVII »), or before a first numeral and a conjunction (« siglos XVI y XVII »).</summary>
    private static bool CenturyBefore(string text, int start)
    {
        var (previous, previousStart, abbreviated) = WordBefore(text, start);
        if (CenturyWords.Contains(TextFold.Fold(previous)) || (abbreviated && previous is "s" or "ss"))
        {
            return true;
        }

        if (!Conjunctions.Contains(previous.ToLowerInvariant()))
        {
            return false;
        }

        var (numeral, numeralStart, _) = WordBefore(text, previousStart);
        var (century, _, shortened) = WordBefore(text, numeralStart);
        return Value(numeral) is not null && (CenturyWords.Contains(TextFold.Fold(century)) || (shortened && century is "s" or "ss"));
    }

    private static bool CenturyAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || text[k] == '-'))
        {
            k++;
        }

        var wordEnd = k;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '·'))
        {
            wordEnd++;
        }

        return k > end && CenturyWords.Contains(TextFold.Fold(text[k..wordEnd]));
    }

    /// <summary>The word before <paramref name="start"/>, over spaces and an abbreviation's full stop (« s. XVII »).</summary>
    private static (string Word, int Start, bool Abbreviated) WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var abbreviated = end > 0 && text[end - 1] == '.' && end < start;
        if (abbreviated)
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '·'))
        {
            begin--;
        }

        return (text[begin..end], begin, abbreviated);
    }
}

using System.Globalization;
using System.Text;

namespace TranslationDiff.Analysis.Text;

/// <summary>Case and accent folding, and small string measures used to compare words across editions.</summary>
internal static class TextFold
{
    /// <summary>Lower case without diacritics: "Kíiv" and "KIIV" both give "kiiv".</summary>
    public static string Fold(string word) => WithoutDiacritics(word).ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>The text without its diacritics, case kept: "Roumégoux" gives "Roumegoux".</summary>
    public static string WithoutDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// Whether two spellings are one name written two ways ("Kiev"/"Kyiv", "Koursk"/"Kursk"): same first
    /// letter after folding and a small edit distance for their length.
    /// </summary>
    public static bool SameName(string a, string b)
    {
        var x = Fold(a);
        var y = Fold(b);
        if (x == y)
        {
            return true;
        }

        if (x.Length < 4 || y.Length < 4)
        {
            return false;
        }

        var limit = Math.Min(x.Length, y.Length) >= 7 ? 3 : 2;
        return Distance(x, y, limit) <= limit && SameInitialSound(x[0], y[0]);
    }

    /// <summary>
    /// Whether two spellings are one name, allowing for the usual differences between transliteration schemes of
    /// the same foreign name ("Tchornomorsk"/"Chornomorsk", "Kherson"/"Jersón", "Soltchenko"/"Solchenko").
    /// </summary>
    public static bool SameTransliteratedName(string a, string b) => SameName(a, b) || SameName(Skeleton(a), Skeleton(b));

    /// <summary>The folded word with transliteration variants reduced to one letter (tch, ch → c; kh, j → h; ou → u; y → i...).</summary>
    public static string Skeleton(string word)
    {
        var s = Fold(word);
        foreach (var (from, to) in Variants)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        return s;
    }

    private static readonly (string From, string To)[] Variants =
    [
        ("tsch", "c"), ("tch", "c"), ("sch", "s"), ("ch", "c"), ("sh", "s"), ("kh", "h"), ("zh", "z"), ("dj", "d"), ("ou", "u"),
        ("j", "h"), ("y", "i"), ("w", "v"), ("ss", "s"), ("ck", "k"), ("q", "k"),
    ];

    /// <summary>Capitalised: an upper-case first letter followed by at least one lower-case letter or nothing.</summary>
    public static bool IsCapitalised(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).Any(char.IsLower));

    /// <summary>How many characters the two strings share from their start.</summary>
    public static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    public static bool IsLowerWord(string word) => word.Length > 0 && word.All(c => !char.IsUpper(c)) && word.Any(char.IsLower);

    private static bool SameInitialSound(char a, char b) =>
        a == b || (a is 'c' or 'k' && b is 'c' or 'k') || (a is 'i' or 'y' or 'j' && b is 'i' or 'y' or 'j');

    /// <summary>The word without an elided article or preposition glued to it (« l'Office » gives « Office », « d'activitats » « activitats »).</summary>
    public static string Unelided(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe is > 0 and <= 3 && apostrophe + 1 < word.Length ? word[(apostrophe + 1)..] : word;
    }
}

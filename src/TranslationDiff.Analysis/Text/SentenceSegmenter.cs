namespace TranslationDiff.Analysis.Text;

/// <summary>
/// Splits a paragraph into sentences the way a reader sees them: a sentence ends at '.', '!', '?' or an
/// ellipsis (with any closing quotes or brackets after it) when a space and a sentence opener follow: an
/// upper-case letter, a digit, an opening quote or bracket, or '¿'/'¡'. A full stop after an abbreviation
/// or an initial ("J. Smith") does not end a sentence; neither does one followed by a lower-case word.
/// </summary>
internal static class SentenceSegmenter
{
    public static IReadOnlyList<TextSpan> Split(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var start = SkipSpaces(text, 0);
        var i = start;
        while (i < text.Length)
        {
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (IsTerminal(text[end]) || IsCloser(text[end]) || SpacedGuillemet(text, end)))
            {
                // French sets its closing guillemet off by a space (« … longtemps. » Elle a appris …).
                end += SpacedGuillemet(text, end) ? 2 : 1;
            }

            var next = SkipSpaces(text, end);
            if (next > end && next < text.Length && IsOpener(text[next]) && !IsFalseStop(text, i, language))
            {
                Add(sentences, text, start, end);
                start = next;
            }

            i = Math.Max(end, i + 1);
        }

        if (start < text.Length)
        {
            Add(sentences, text, start, text.Length);
        }

        return sentences;
    }

    /// <summary>Whether a space and a closing guillemet stand at <paramref name="at"/> (« … retraite. » ).</summary>
    private static bool SpacedGuillemet(string text, int at) =>
        text[at] is ' ' or '\u00A0' or '\u202F' && at + 1 < text.Length && text[at + 1] == '»';

    /// <summary>Whether the full stop at <paramref name="dot"/> belongs to an abbreviation, an initial or a number.</summary>
    public static bool IsFalseStop(string text, int dot, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text[dot] != '.')
        {
            return false;
        }

        if (dot + 1 < text.Length && text[dot + 1] == '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Length <= 2 && word.All(char.IsAsciiDigit) && NumberConventions.For(language).OrdinalDot)
        {
            return true;
        }

        if (word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(p => p.Length <= 2))
        {
            return true;
        }

        // Abbreviations that are also ordinary words ("art", "no") end a sentence when written in lower case and not followed by a number.
        if (Abbreviations.IsAlsoWord(word) && word.All(char.IsLower) && !NextIsDigit(text, dot + 1))
        {
            return false;
        }

        return Abbreviations.Contains(language, word.TrimStart('.'));
    }

    private static bool NextIsDigit(string text, int i)
    {
        i = SkipSpaces(text, i);
        return i < text.Length && char.IsDigit(text[i]);
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start, text[start..end]));
        }
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    internal static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    internal static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    private static bool IsOpener(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '(' or '[' or '\u201C' or '\u00AB' or '\u2018' or '\u2039' or '¿' or '¡' or '\u2014' or '-';
}

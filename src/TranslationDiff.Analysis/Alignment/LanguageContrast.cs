namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// How strongly a line reads as one language rather than another, by letter trigrams: two samples of text (for
/// instance the source as written and its translation) give each trigram a smoothed frequency; a line's score is
/// the mean log-likelihood ratio of its trigrams, positive when the line looks like <c>first</c>, negative when it
/// looks like <c>second</c>. Case and everything but letters are ignored (runs of other characters become one
/// space), so numbers and punctuation weigh nothing; names that both samples share weigh little.
/// </summary>
internal sealed class LanguageContrast
{
    private readonly Dictionary<string, int> _first;
    private readonly Dictionary<string, int> _second;
    private readonly double _firstDenominator;
    private readonly double _secondDenominator;

    public LanguageContrast(IEnumerable<string> first, IEnumerable<string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        (_first, var firstTotal) = Count(first);
        (_second, var secondTotal) = Count(second);
        var vocabulary = _first.Keys.Union(_second.Keys, StringComparer.Ordinal).Count() + 1;
        _firstDenominator = firstTotal + vocabulary;
        _secondDenominator = secondTotal + vocabulary;
    }

    /// <summary>Mean log-likelihood ratio (natural log) of the line's trigrams, first against second; 0 for a line without letters.</summary>
    public double Score(string text)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var gram in Trigrams(text))
        {
            var first = (_first.GetValueOrDefault(gram) + 1) / _firstDenominator;
            var second = (_second.GetValueOrDefault(gram) + 1) / _secondDenominator;
            sum += Math.Log(first / second);
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }

    private static (Dictionary<string, int> Counts, long Total) Count(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        foreach (var text in texts)
        {
            foreach (var gram in Trigrams(text))
            {
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                total++;
            }
        }

        return (counts, total);
    }

    /// <summary>Letter trigrams of the line, lower-cased, with one space standing for each run of non-letters and at both ends.</summary>
    private static IEnumerable<string> Trigrams(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = new System.Text.StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                normal.Append(char.ToLowerInvariant(c));
            }
            else if (normal[^1] != ' ')
            {
                normal.Append(' ');
            }
        }

        if (normal[^1] != ' ')
        {
            normal.Append(' ');
        }

        var line = normal.ToString();
        for (var k = 0; k + 3 <= line.Length; k++)
        {
            yield return line.Substring(k, 3);
        }
    }
}

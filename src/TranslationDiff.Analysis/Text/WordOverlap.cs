namespace TranslationDiff.Analysis.Text;

/// <summary>
/// How much two texts in the same language share, word by word, tolerant of rough machine translation:
/// words are folded and cut to their first five letters, and words of one or two letters are ignored.
/// </summary>
internal static class WordOverlap
{
    /// <summary>The content words of a text as comparable keys.</summary>
    public static IReadOnlyList<string> Keys(string text) =>
        WordTokenizer.Tokenize(text)
            .Select(w => TextFold.Fold(w.Text))
            .Where(w => w.Length > 2 || w.Any(char.IsDigit))
            .Select(w => w.Length > 5 ? w[..5] : w)
            .ToList();

    /// <summary>Share of <paramref name="text"/>'s content words found in <paramref name="other"/>, 0..1 (1 when the text has none).</summary>
    public static double Coverage(string text, string other)
    {
        var keys = Keys(text);
        if (keys.Count == 0)
        {
            return 1;
        }

        var pool = Keys(other).ToHashSet(StringComparer.Ordinal);
        return keys.Count(pool.Contains) / (double)keys.Count;
    }

    /// <summary>Dice coefficient of the two texts' content words, 0..1.</summary>
    public static double Dice(string a, string b)
    {
        var x = Keys(a);
        var y = Keys(b).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var key in x)
        {
            if (y.TryGetValue(key, out var n) && n > 0)
            {
                shared++;
                y[key] = n - 1;
            }
        }

        return 2.0 * shared / (x.Count + y.Values.Sum() + shared);
    }

    /// <summary>Index of the candidate most like <paramref name="text"/> (Dice), or -1 when there are none.</summary>
    public static int Best(IReadOnlyList<string> candidates, string text)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = -1;
        var bestScore = -1.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var score = Dice(candidates[i], text);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }
}

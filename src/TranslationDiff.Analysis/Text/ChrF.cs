namespace TranslationDiff.Analysis.Text;

/// <summary>
/// chrF (Popović 2015): the F-score of character n-grams (n = 1..6, spaces removed, β = 2) between a
/// hypothesis and a reference, 0..100. Tolerant of inflection and word order, so it suits rough pivot texts.
/// </summary>
internal static class ChrF
{
    private const int MaxOrder = 6;
    private const double Beta = 2;

    public static double Score(string hypothesis, string reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var h = Squeeze(hypothesis);
        var r = Squeeze(reference);
        if (h.Length == 0 && r.Length == 0)
        {
            return 100;
        }

        double precision = 0, recall = 0;
        var orders = 0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            var hGrams = Grams(h, n);
            var rGrams = Grams(r, n);
            var hTotal = hGrams.Values.Sum();
            var rTotal = rGrams.Values.Sum();
            if (hTotal == 0 || rTotal == 0)
            {
                continue;
            }

            var common = hGrams.Sum(g => Math.Min(g.Value, rGrams.GetValueOrDefault(g.Key)));
            precision += (double)common / hTotal;
            recall += (double)common / rTotal;
            orders++;
        }

        if (orders == 0)
        {
            return 0;
        }

        precision /= orders;
        recall /= orders;
        var beta2 = Beta * Beta;
        return precision + recall == 0 ? 0 : 100 * (1 + beta2) * precision * recall / ((beta2 * precision) + recall);
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());

    private static Dictionary<string, int> Grams(string s, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= s.Length; i++)
        {
            var gram = s.Substring(i, n);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }
}

namespace TranslationDiff.Analysis.Similarity;

/// <summary>
/// Character n-gram F-score (Popović 2015) as sacreBLEU computes it for one sentence: for every order,
/// precision = clipped matches / hypothesis n-grams and recall = clipped matches / reference n-grams; both are
/// averaged over the orders that occur on both sides, then combined as
/// F = (1 + beta²) · P · R / (beta² · P + R). Returned on a 0..1 scale (sacreBLEU prints it × 100).
/// </summary>
internal static class ChrF
{
    /// <summary>chrF of <paramref name="hypothesis"/> against <paramref name="reference"/>.</summary>
    public static double Score(string hypothesis, string reference, ChrFOptions? options = null)
    {
        options ??= ChrFOptions.Default;
        options.Validate();
        return Score(NGramProfile.Build(hypothesis, options), NGramProfile.Build(reference, options), options.Beta, options.MinCharOrder - 1);
    }

    /// <summary>chrF of two profiles built with the same options; slots below <paramref name="firstSlot"/> are ignored.</summary>
    public static double Score(NGramProfile hypothesis, NGramProfile reference, double beta, int firstSlot = 0)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var slots = Math.Max(hypothesis.Totals.Length, reference.Totals.Length);
        Span<double> matches = stackalloc double[slots];
        matches.Clear();
        hypothesis.CountMatches(reference, matches);
        return FScore(matches, hypothesis.WeightedTotals, reference.WeightedTotals, beta, firstSlot);
    }

    /// <summary>F-beta from per-slot match counts and the two sides' per-slot totals.</summary>
    public static double FScore(ReadOnlySpan<double> matches, ReadOnlySpan<double> hypothesisTotals, ReadOnlySpan<double> referenceTotals, double beta, int firstSlot = 0)
    {
        double precision = 0, recall = 0;
        var orders = 0;
        for (var s = firstSlot; s < matches.Length; s++)
        {
            var h = s < hypothesisTotals.Length ? hypothesisTotals[s] : 0;
            var r = s < referenceTotals.Length ? referenceTotals[s] : 0;
            if (h <= 0 || r <= 0)
            {
                continue;
            }

            precision += matches[s] / h;
            recall += matches[s] / r;
            orders++;
        }

        if (orders == 0)
        {
            return 0;
        }

        precision /= orders;
        recall /= orders;
        var b2 = beta * beta;
        var denominator = (b2 * precision) + recall;
        return denominator > 0 ? (1 + b2) * precision * recall / denominator : 0;
    }
}

using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>The parameter settings <see cref="AlignTuner"/> tries.</summary>
internal static class AlignTuningGrid
{
    public static IEnumerable<SequenceAlignerOptions> Candidates()
    {
        var baseline = SequenceAlignerOptions.Default;
        foreach (var margin in new[] { 0.5 })
        {
            foreach (var skip in new[] { -0.05, -0.1 })
            {
                foreach (var deletion in new[] { -0.15, -0.2 })
                {
                    foreach (var m22 in new[] { 0.02, 0.05 })
                    {
                        yield return baseline with { MarginWeight = margin, DeletionScore = deletion, SkipScore = skip, TwoToTwoPenalty = m22, OneToThreePenalty = m22 };
                    }
                }
            }
        }
    }
}

using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>The parameter settings <see cref="AlignTuner"/> tries.</summary>
internal static class AlignTuningGrid
{
    public static IEnumerable<SequenceAlignerOptions> Candidates()
    {
        var baseline = SequenceAlignerOptions.Default;
        foreach (var ratio in new[] { false, true })
        {
            foreach (var skip in new[] { 0.0, -0.05, -0.1, -0.2 })
            {
                foreach (var length in new[] { 0.0, 0.01, 0.03 })
                {
                    foreach (var manyToOne in new[] { 0.0, 0.05, 0.1 })
                    {
                        foreach (var m22 in new[] { 0.05, 0.15 })
                        {
                            yield return baseline with { WeightBySize = false, RatioFactor = ratio, SkipScore = skip, LengthWeight = length, ManyToOnePenalty = manyToOne, TwoToTwoPenalty = m22, OneToThreePenalty = m22 };
                        }
                    }
                }
            }
        }
    }
}

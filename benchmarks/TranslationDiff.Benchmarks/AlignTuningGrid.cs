using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// The parameter settings <see cref="AlignTuner"/> tries: a fixed-seed random sample (so runs repeat) of the
/// scoring parameters around the defaults, for a few similarity settings.
/// </summary>
internal static class AlignTuningGrid
{
    public static IEnumerable<SequenceAlignerOptions> Candidates()
    {
        var baseline = SequenceAlignerOptions.Default;
        var random = new Random(20240612);
        double Pick(params double[] values) => values[random.Next(values.Length)];
        var similarity = new (ChrFOptions ChrF, double Idf)[]
        {
            (baseline.ChrF, 1.0),
            (baseline.ChrF, 1.5),
            (baseline.ChrF with { MinCharOrder = 2 }, 1.0),
            (baseline.ChrF with { CharOrder = 5 }, 1.0),
            (baseline.ChrF with { WordOrder = 1 }, 1.0),
            (baseline.ChrF with { Beta = 2 }, 1.0),
        };
        foreach (var (chrF, idf) in similarity)
        {
            foreach (var pivotLengths in new[] { false, true })
            {
                yield return baseline with { ChrF = chrF, IdfExponent = idf, PivotLengths = pivotLengths };
            }

            for (var k = 0; k < 40; k++)
            {
                yield return baseline with
                {
                    ChrF = chrF,
                    IdfExponent = idf,
                    PivotLengths = random.Next(2) == 1,
                    SkipScore = Pick(-0.05, -0.075, -0.1),
                    DeletionScore = Pick(-0.1, -0.15),
                    ManyToOnePenalty = Pick(0, 0.015, 0.03),
                    TwoToTwoPenalty = Pick(0.02, 0.05, 0.08),
                    OneToThreePenalty = Pick(0.02, 0.05),
                    FiveUnitPenalty = Pick(0.05, 0.1, 0.15),
                    MarginWeight = Pick(0.5, 0.75),
                };
            }
        }
    }
}

using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// The parameter settings <see cref="AlignTuner"/> tries. The original search (no <c>--grid</c>): for three
/// similarity settings (IDF exponent, margin weight), the defaults and 150 settings drawn at random (fixed seed, so
/// every run tries the same ones). The second stage (<c>--grid penalties</c>): a regular grid over the skip scores
/// and penalties with the similarity fixed. The defaults in <see cref="SequenceAlignerOptions"/> are the setting the
/// second stage found best on all seven documents; the leave-one-document-out figure it prints is the estimate.
/// </summary>
internal static class AlignTuningGrid
{
    public static IEnumerable<SequenceAlignerOptions> Candidates(string? grid = null) => grid switch
    {
        "penalties" => Penalties(),
        "bonus" => Bonus(),
        "translations-quick" => TranslationsQuick(),
        "translations" => Translations([0.0]),
        "translations-europarl" => Translations([0.0, 0.33, 0.5]),
        _ => Original(),
    };

    /// <summary>The defaults reading the source's translation <c>google.fr</c> only (the fifth round's weights at 0).</summary>
    private static SequenceAlignerOptions MonoBaseline => SequenceAlignerOptions.Default with { TargetTranslationWeight = 0, TargetTranslationMax = false, SecondTranslationWeight = 0 };

    /// <summary>
    /// <c>--grid translations-quick</c> (fifth round, a first look): the defaults with the target-side similarity
    /// (<c>google.de</c>) at weights 0–1 or as the maximum, with and without the second source translation.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> TranslationsQuick()
    {
        foreach (var second in new[] { 0.0, 0.5 })
        {
            foreach (var weight in new[] { 0.0, 0.2, 0.35, 0.5, 0.65, 0.8, 1.0, -1 })
            {
                yield return MonoBaseline with { SecondTranslationWeight = second, TargetTranslationWeight = Math.Max(0, weight), TargetTranslationMax = weight < 0 };
            }
        }
    }

    /// <summary>
    /// <c>--grid translations</c> and <c>--grid translations-europarl</c> (fifth round): the <c>penalties</c> grid
    /// (which holds the defaults) once with <c>google.fr</c> alone and once for each way of adding the target-side
    /// similarity over <c>google.de</c> (weight 0.35, 0.5, 0.65, or the maximum), each with every weight of the second
    /// source translation <c>europarlfull.fr</c> in <paramref name="second"/> (0 = not read). Its
    /// leave-one-document-out figure is comparable with the <c>penalties</c> grid's.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> Translations(double[] second)
    {
        foreach (var secondWeight in second)
        {
            foreach (var weight in new[] { 0.0, 0.35, 0.5, 0.65, -1 })
            {
                foreach (var options in Penalties())
                {
                    yield return options with { SecondTranslationWeight = secondWeight, TargetTranslationWeight = Math.Max(0, weight), TargetTranslationMax = weight < 0 };
                }
            }
        }
    }

    /// <summary>
    /// The search that set the current skip score and 2-2 penalty (<c>align-tune FOLDER --grid penalties</c>): the
    /// skip and deletion scores, margin and the bead-shape penalties on a grid around the earlier defaults, with
    /// the similarity (IDF chrF++) fixed. 288 settings; its leave-one-document-out figure is the one quoted.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> Penalties()
    {
        var baseline = MonoBaseline;
        foreach (var margin in new[] { 0.4, 0.5, 0.6 })
        {
            foreach (var skip in new[] { -0.04, -0.05, -0.06, -0.075 })
            {
                foreach (var deletion in new[] { -0.1, -0.15 })
                {
                    foreach (var twoTwo in new[] { 0.0, 0.02, 0.05 })
                    {
                        foreach (var (merge, large) in new[] { (0.01, 0.02), (0.015, 0.02), (0.03, 0.02), (0.015, 0.05) })
                        {
                            yield return baseline with
                            {
                                MarginWeight = margin,
                                SkipScore = skip,
                                DeletionScore = deletion,
                                TwoToTwoPenalty = twoTwo,
                                ManyToOnePenalty = merge,
                                OneToThreePenalty = large,
                            };
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// <c>align-tune FOLDER --grid bonus</c> (third round): negative shape penalties, a bonus for 2-2 and 1-2/2-1
    /// beads against the summed objective's preference for two 1-1 beads, with the skip score.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> Bonus()
    {
        var baseline = MonoBaseline;
        foreach (var skip in new[] { -0.05, -0.06 })
        {
            foreach (var twoTwo in new[] { -0.06, -0.04, -0.02, 0.0, 0.02 })
            {
                foreach (var merge in new[] { -0.02, 0.0, 0.015 })
                {
                    yield return baseline with { SkipScore = skip, TwoToTwoPenalty = twoTwo, ManyToOnePenalty = merge };
                }
            }
        }
    }

    private static IEnumerable<SequenceAlignerOptions> Original()
    {
        var baseline = MonoBaseline;
        var random = new Random(20240611);
        double Pick(params double[] values) => values[random.Next(values.Length)];
        foreach (var (idf, margin) in new[] { (0.5, 0.5), (1.0, 0.5), (0.5, 1.0) })
        {
            yield return baseline with { IdfExponent = idf, MarginWeight = margin };
            for (var k = 0; k < 150; k++)
            {
                yield return baseline with
                {
                    IdfExponent = idf,
                    MarginWeight = margin,
                    SkipScore = Pick(-0.03, -0.05, -0.075, -0.1, -0.125),
                    DeletionScore = Pick(-0.1, -0.15, -0.2, -0.25),
                    ManyToOnePenalty = Pick(0, 0.015, 0.03, 0.05),
                    TwoToTwoPenalty = Pick(0.02, 0.05, 0.08),
                    OneToThreePenalty = Pick(0.02, 0.05, 0.08),
                    LengthWeight = Pick(0, 0.005, 0.01, 0.02),
                    AllowFiveUnits = random.Next(2) == 1,
                    FiveUnitPenalty = Pick(0.05, 0.1, 0.15),
                };
            }
        }
    }
}

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
    public static IEnumerable<SequenceAlignerOptions> Candidates(string? grid = null, BilingualLexicon? dictionary = null) => grid switch
    {
        "penalties" => Penalties(),
        "dictionary" => Dictionary(Require(dictionary), [0.0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.4]),
        "dictionary-off" => Dictionary(null, [0.0]),
        "dictionary-penalties" => DictionaryPenalties(Require(dictionary)),
        "bonus" => Bonus(),
        _ => Original(),
    };

    /// <summary>
    /// The search that set the current skip score and 2-2 penalty (<c>align-tune FOLDER --grid penalties</c>): the
    /// skip and deletion scores, margin and the bead-shape penalties on a grid around the earlier defaults, with
    /// the similarity (IDF chrF++) fixed. 288 settings; its leave-one-document-out figure is the one quoted.
    /// </summary>
    private static BilingualLexicon Require(BilingualLexicon? dictionary) =>
        dictionary ?? throw new ArgumentException("This grid needs --dictionary INDEX (a dictd .index file).", nameof(dictionary));

    private static IEnumerable<SequenceAlignerOptions> Penalties()
    {
        var baseline = SequenceAlignerOptions.Default;
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
    /// <c>align-tune FOLDER --grid dictionary --dictionary INDEX</c> (seventh round): the weight of the dictionary
    /// similarity (<see cref="LexicalSimilarity"/>; 0 = off, as in the defaults) with the skip score and margin
    /// around the defaults: 96 settings, the defaults among them. <c>--grid dictionary-off</c> is the same grid at
    /// weight 0 only (24 settings), the control.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> Dictionary(BilingualLexicon? dictionary, double[] weights)
    {
        var baseline = SequenceAlignerOptions.Default;
        foreach (var weight in weights)
        {
            foreach (var skip in new[] { -0.05, -0.06, -0.075, -0.09 })
            {
                foreach (var margin in new[] { 0.5, 0.6, 0.7 })
                {
                    yield return baseline with { Dictionary = weight > 0 ? dictionary : null, DictionaryWeight = weight, SkipScore = skip, MarginWeight = margin };
                }
            }
        }
    }

    /// <summary>
    /// <c>align-tune FOLDER --grid dictionary-penalties --dictionary INDEX</c>: the <c>penalties</c> grid (288
    /// settings) at dictionary weights 0, 0.05 and 0.1 (864 settings), so that the held-out figure compares with the
    /// quoted one from the same search.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> DictionaryPenalties(BilingualLexicon dictionary)
    {
        foreach (var weight in new[] { 0.0, 0.05, 0.1 })
        {
            foreach (var options in Penalties())
            {
                yield return options with { Dictionary = weight > 0 ? dictionary : null, DictionaryWeight = weight };
            }
        }
    }

    /// <summary>
    /// <c>align-tune FOLDER --grid bonus</c> (third round): negative shape penalties, a bonus for 2-2 and 1-2/2-1
    /// beads against the summed objective's preference for two 1-1 beads, with the skip score.
    /// </summary>
    private static IEnumerable<SequenceAlignerOptions> Bonus()
    {
        var baseline = SequenceAlignerOptions.Default;
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
        var baseline = SequenceAlignerOptions.Default;
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

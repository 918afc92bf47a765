using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>Parameters of <see cref="SequenceAligner"/>. The defaults are the tuned values (see the class summary there).</summary>
internal sealed record SequenceAlignerOptions
{
    public static SequenceAlignerOptions Default { get; } = new();

    /// <summary>How the similarity of two pivot-language texts is measured.</summary>
    public ChrFOptions ChrF { get; init; } = new() { Beta = 1.0, Lowercase = true };

    /// <summary>Average chrF in both directions (the measure is asymmetric when beta ≠ 1).</summary>
    public bool Symmetric { get; init; }

    /// <summary>Quality per unit credited to a unit left unaligned (1-0 or 0-1): pairs less similar than this are split.</summary>
    public double SkipScore { get; init; } = 0.1;

    /// <summary>Weight of the Gale–Church length cost against the similarity.</summary>
    public double LengthWeight { get; init; } = 0.02;

    /// <summary>Gale–Church variance of target length per source character.</summary>
    public double LengthVariance { get; init; } = 6.8;

    /// <summary>
    /// Weight a bead's quality by its number of units over two (the total becomes an average over units);
    /// otherwise every bead counts once, as in Bertalign.
    /// </summary>
    public bool WeightBySize { get; init; }

    /// <summary>Multiply the similarity by log2(1 + shorter / longer), the length ratio of the two sides (Bertalign's form).</summary>
    public bool RatioFactor { get; init; }

    /// <summary>Penalty subtracted from a 1-2 or 2-1 bead.</summary>
    public double ManyToOnePenalty { get; init; } = 0.1;

    /// <summary>Penalty subtracted from a 2-2 bead.</summary>
    public double TwoToTwoPenalty { get; init; } = 0.2;

    /// <summary>Penalty subtracted from a 1-3 or 3-1 bead.</summary>
    public double OneToThreePenalty { get; init; } = 0.15;

    /// <summary>Allow 1-3 and 3-1 beads.</summary>
    public bool AllowOneToThree { get; init; } = true;

    /// <summary>Largest input (source × target units) searched in full; larger inputs get a banded search.</summary>
    public long FullSearchCells { get; init; } = 2_000_000;

    /// <summary>Bead shapes allowed by these options, the most common first (ties go to the earlier shape).</summary>
    public IReadOnlyList<BeadShape> Shapes()
    {
        var shapes = new List<BeadShape> { new(1, 1), new(1, 0), new(0, 1), new(1, 2), new(2, 1), new(2, 2) };
        if (AllowOneToThree)
        {
            shapes.Add(new(1, 3));
            shapes.Add(new(3, 1));
        }

        return shapes;
    }

    public double Penalty(int a, int b) => (a, b) switch
    {
        (1, 1) => 0,
        (1, 2) or (2, 1) => ManyToOnePenalty,
        (2, 2) => TwoToTwoPenalty,
        _ => OneToThreePenalty,
    };
}

using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>Parameters of <see cref="SequenceAligner"/>. The defaults are the tuned values (see the class summary there).</summary>
internal sealed record SequenceAlignerOptions
{
    public static SequenceAlignerOptions Default { get; } = new();

    /// <summary>
    /// The defaults with <paramref name="dictionary"/> as a second similarity: weight 0.05, and the skip score and
    /// margin that go with it (−0.075, 0.6), the setting best on all seven benchmark documents in the seventh
    /// round's search (<c>align-tune --grid dictionary-penalties</c>: 0.9218 strict F1 in-sample, 0.9158 held out,
    /// against 0.9188 and 0.9146 without a dictionary). Without a dictionary those two values would do worse, so
    /// they are not the plain defaults.
    /// </summary>
    public static SequenceAlignerOptions WithDictionary(BilingualLexicon dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        return Default with { Dictionary = dictionary, DictionaryWeight = 0.05, SkipScore = -0.075, MarginWeight = 0.6 };
    }

    /// <summary>How the similarity of two pivot-language texts is measured.</summary>
    public ChrFOptions ChrF { get; init; } = new() { Beta = 1.0, Lowercase = true, WordOrder = 2 };

    /// <summary>Weight each n-gram by its inverse document frequency (over the units of both sides) raised to this power; 0 = plain chrF.</summary>
    public double IdfExponent { get; init; } = 1.0;

    /// <summary>Weight of the background similarity (each side against the other side's neighbouring units) subtracted from a bead's similarity; 0 = off, 1 = Bertalign's margin.</summary>
    public double MarginWeight { get; init; } = 0.5;

    /// <summary>
    /// Source-to-target word translations for a second similarity that does not go through the machine translation
    /// (<see cref="LexicalSimilarity"/>); used only with the source as written and <see cref="DictionaryWeight"/> &gt; 0.
    /// </summary>
    public BilingualLexicon? Dictionary { get; init; }

    /// <summary>Weight of the dictionary similarity added to the chrF similarity (in the bead and in its background); 0 = off.</summary>
    public double DictionaryWeight { get; init; }

    /// <summary>Score of a 0-1 bead (a target unit with no source counterpart).</summary>
    public double SkipScore { get; init; } = -0.05;

    /// <summary>Score of a 1-0 bead (a source unit left out of the target); null = <see cref="SkipScore"/>.</summary>
    public double? DeletionScore { get; init; } = -0.1;

    /// <summary>Weight of the Gale–Church length cost against the similarity.</summary>
    public double LengthWeight { get; init; }

    /// <summary>Gale–Church variance of target length per source character.</summary>
    public double LengthVariance { get; init; } = 6.8;

    /// <summary>Penalty subtracted from a 1-2 or 2-1 bead.</summary>
    public double ManyToOnePenalty { get; init; } = 0.015;

    /// <summary>Penalty subtracted from a 2-2 bead.</summary>
    public double TwoToTwoPenalty { get; init; } = 0.02;

    /// <summary>Penalty subtracted from a 1-3 or 3-1 bead.</summary>
    public double OneToThreePenalty { get; init; } = 0.02;

    /// <summary>Allow 1-3 and 3-1 beads.</summary>
    public bool AllowOneToThree { get; init; } = true;

    /// <summary>Allow beads of five units (1-4, 4-1, 2-3, 3-2), at <see cref="FiveUnitPenalty"/>.</summary>
    public bool AllowFiveUnits { get; init; } = true;

    /// <summary>Penalty subtracted from a bead of five units.</summary>
    public double FiveUnitPenalty { get; init; } = 0.05;

    /// <summary>
    /// Largest grid (source × target units, or blocks) searched in full. A larger input is first aligned in blocks
    /// (see <see cref="CoarseSearch"/>) and then searched in a band around that path.
    /// </summary>
    public long FullSearchCells { get; init; } = 250_000;

    /// <summary>Units per block at the finest coarse level.</summary>
    public int CoarseBlockSize { get; init; } = 8;

    /// <summary>Blocks added on each side of a coarse path when it is projected one level down.</summary>
    public int CoarseMargin { get; init; } = 2;

    /// <summary>Score of leaving a block unaligned in the coarse search.</summary>
    public double CoarseSkipScore { get; init; } = -0.2;

    /// <summary>Penalty of a 1-2 or 2-1 block bead in the coarse search.</summary>
    public double CoarseMergePenalty { get; init; } = 0.1;

    /// <summary>
    /// Units added on each side of the first pass's path (1-1, 1-0 and 0-1 beads only) for the second pass, which
    /// allows every bead shape.
    /// </summary>
    public int SecondPassMargin { get; init; } = 4;

    /// <summary>Bead shapes of the first pass.</summary>
    public static IReadOnlyList<BeadShape> FirstPassShapes { get; } = [new(1, 1), new(1, 0), new(0, 1)];

    /// <summary>Bead shapes allowed by these options, the most common first (ties go to the earlier shape).</summary>
    public IReadOnlyList<BeadShape> Shapes()
    {
        var shapes = new List<BeadShape> { new(1, 1), new(1, 0), new(0, 1), new(1, 2), new(2, 1), new(2, 2) };
        if (AllowOneToThree)
        {
            shapes.Add(new(1, 3));
            shapes.Add(new(3, 1));
        }

        if (AllowFiveUnits)
        {
            shapes.AddRange([new(1, 4), new(4, 1), new(2, 3), new(3, 2)]);
        }

        return shapes;
    }

    public double Penalty(int a, int b) => (a, b) switch
    {
        (1, 1) => 0,
        (1, 2) or (2, 1) => ManyToOnePenalty,
        (2, 2) => TwoToTwoPenalty,
        _ when a + b == 5 => FiveUnitPenalty,
        _ => OneToThreePenalty,
    };
}

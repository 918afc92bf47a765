namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// What the texts of a bead say, before any parameter weighs them: the similarity of the two sides, and the
/// background: the mean similarity of each side with the units just outside the other side (as in Bertalign's
/// margin score).
/// </summary>
internal readonly record struct BeadEvidence(double Similarity, double Neighbours)
{
    public static BeadEvidence None { get; } = new(0, 0);
}

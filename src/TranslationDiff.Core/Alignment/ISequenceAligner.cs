namespace TranslationDiff.Core.Alignment;

/// <summary>
/// Aligns two sequences of units (paragraphs or sentences) that are already in one language (the pivot),
/// monotonically, returning beads that cover every unit of both sides in order.
/// </summary>
public interface ISequenceAligner
{
    IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target);
}

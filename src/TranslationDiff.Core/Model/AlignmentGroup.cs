namespace TranslationDiff.Core.Model;

/// <summary>
/// Paragraphs of several editions that render the same content. One id across all languages.
/// </summary>
public sealed class AlignmentGroup
{
    /// <summary>Stable id within a comparison ("g1", "g2", ... in reference order).</summary>
    public required string Id { get; init; }

    /// <summary>
    /// Shape of the group seen from the reference edition: "1-1", "1-2", "2-1", "1-0" (omitted in some
    /// edition), "0-1" (added by an edition), "moved", or "n-m" for larger beads.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>
    /// The group's shape for each edition other than the reference, "p-q" with p reference paragraphs and q that
    /// edition's ("2-1" where an edition merged two paragraphs even when another kept them apart and
    /// <see cref="Kind"/> says "2-2"); "p-0" when the edition has nothing here, "0-1" for an added paragraph.
    /// </summary>
    public IReadOnlyDictionary<string, string> Shapes { get; init; } = new Dictionary<string, string>();

    /// <summary>Similarity of the members' pivot texts, 0..1.</summary>
    public double Score { get; init; }

    /// <summary>Paragraph indices per edition language; a language absent from the map has no paragraph here.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<int>> Members { get; init; }

    public IReadOnlyList<int> For(string language) =>
        Members.TryGetValue(language, out var indices) ? indices : [];
}

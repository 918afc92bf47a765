namespace TranslationDiff.Core.Model;

/// <summary>Word diff of one alignment group: an edition's pivot text against the reference edition's.</summary>
public sealed class ParagraphDiff
{
    public required string GroupId { get; init; }

    public required string Language { get; init; }

    public required string ReferenceLanguage { get; init; }

    public required IReadOnlyList<DiffPiece> Pieces { get; init; }

    /// <summary>Share of words in equal runs, 0..1.</summary>
    public double Similarity { get; init; }
}

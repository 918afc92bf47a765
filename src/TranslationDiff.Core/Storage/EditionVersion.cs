namespace TranslationDiff.Core.Storage;

/// <summary>
/// One version of an edition as fetched: the same URL with the same content hash is one version, however often
/// it is fetched. <see cref="Content"/> holds the raw bytes when the caller kept them; <see cref="Text"/> the
/// decoded main text (title and paragraphs, one per line).
/// </summary>
public sealed record EditionVersion
{
    public required string Language { get; init; }

    public required string Url { get; init; }

    /// <summary>Hash of the fetched content as the pipeline computes it (<see cref="Model.Edition.ContentHash"/>).</summary>
    public required string ContentHash { get; init; }

    /// <summary>When this content was first fetched.</summary>
    public DateTimeOffset FetchedAt { get; init; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    public byte[]? Content { get; init; }
}

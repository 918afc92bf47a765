namespace TranslationDiff.Infrastructure.Storage.Entities;

/// <summary>One fetched version of an edition; unique by URL and content hash.</summary>
internal sealed class EditionVersionEntry
{
    public long Id { get; set; }

    public required string Url { get; set; }

    public required string Language { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset FetchedAt { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public byte[]? Content { get; set; }
}

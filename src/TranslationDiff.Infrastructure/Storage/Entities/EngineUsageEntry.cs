namespace TranslationDiff.Infrastructure.Storage.Entities;

/// <summary>An engine's usage during one run; unique by run id and engine, added to by every request.</summary>
internal sealed class EngineUsageEntry
{
    public long Id { get; set; }

    public required string RunId { get; set; }

    public string? ComparisonName { get; set; }

    public required string Engine { get; set; }

    public long Requests { get; set; }

    public long CharactersSent { get; set; }

    public long CacheHits { get; set; }

    public long CacheMisses { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

namespace TranslationDiff.Infrastructure.Storage.Entities;

/// <summary>
/// One remembered translation: unique by engine, engine version, source and target language and the SHA-256 of
/// the normalised source text.
/// </summary>
internal sealed class TranslationMemoryEntry
{
    public long Id { get; set; }

    public required string Engine { get; set; }

    public required string EngineVersion { get; set; }

    public required string SourceLanguage { get; set; }

    public required string TargetLanguage { get; set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="SourceText"/>.</summary>
    public required string SourceHash { get; set; }

    /// <summary>The normalised source text (what was sent to the engine).</summary>
    public required string SourceText { get; set; }

    public required string Translation { get; set; }

    public List<string> UnknownWords { get; set; } = [];

    public List<int>? SentenceLengths { get; set; }

    /// <summary>The engine's route when it translated the text, e.g. "apertium:fr>es>en".</summary>
    public string Route { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }

    /// <summary>How often the memory answered with this entry.</summary>
    public long HitCount { get; set; }
}

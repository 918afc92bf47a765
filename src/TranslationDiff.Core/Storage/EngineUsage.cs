namespace TranslationDiff.Core.Storage;

/// <summary>What one engine cost during one run: requests served, characters really sent, memory hits and misses.</summary>
/// <param name="RunId">The run (see <see cref="TranslationUsageScope"/>), or the process's session id outside a run.</param>
/// <param name="Engine">The engine's name.</param>
/// <param name="Requests">Translation requests the engine was asked for (through the memory).</param>
/// <param name="CharactersSent">Characters sent to the engine itself (memory hits send none).</param>
/// <param name="CacheHits">Texts answered by the translation memory.</param>
/// <param name="CacheMisses">Texts the engine had to translate.</param>
public sealed record EngineUsage(string RunId, string Engine, long Requests, long CharactersSent, long CacheHits, long CacheMisses)
{
    /// <summary>The comparison's name, when the run gave one.</summary>
    public string? ComparisonName { get; init; }

    /// <summary>When the usage was last added to.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}

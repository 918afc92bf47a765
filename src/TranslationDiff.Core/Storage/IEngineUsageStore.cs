namespace TranslationDiff.Core.Storage;

/// <summary>Characters sent, requests, hits and misses per engine per run, as recorded by the translation memory.</summary>
public interface IEngineUsageStore
{
    /// <summary>The usage of every engine in a run, by engine name.</summary>
    Task<IReadOnlyList<EngineUsage>> ListAsync(string runId, CancellationToken cancellationToken);
}

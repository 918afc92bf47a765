using System.Collections.Concurrent;

namespace TranslationDiff.Core.Storage;

/// <summary>
/// Names the run that translations belong to, for the code that runs a comparison (a job, the CLI):
/// <c>using var scope = TranslationUsageScope.Begin(runId, name);</c> around the pipeline. The translation memory
/// records each engine's usage under <see cref="RunId"/> and adds it here too, so the caller can show a summary
/// without asking the database. Flows with async calls; scopes nest (the innermost wins).
/// </summary>
public sealed class TranslationUsageScope : IDisposable
{
    private static readonly AsyncLocal<TranslationUsageScope?> Ambient = new();

    private readonly ConcurrentDictionary<string, Counters> _byEngine = new(StringComparer.OrdinalIgnoreCase);
    private readonly TranslationUsageScope? _outer;
    private bool _disposed;

    private TranslationUsageScope(string runId, string? comparisonName, TranslationUsageScope? outer)
    {
        RunId = runId;
        ComparisonName = comparisonName;
        _outer = outer;
    }

    /// <summary>The scope of the current async flow, or null outside any.</summary>
    public static TranslationUsageScope? Current => Ambient.Value;

    public string RunId { get; }

    public string? ComparisonName { get; }

    public static TranslationUsageScope Begin(string runId, string? comparisonName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var scope = new TranslationUsageScope(runId, comparisonName, Ambient.Value);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>Adds one request's usage of an engine.</summary>
    public void Add(string engine, long charactersSent, long cacheHits, long cacheMisses)
    {
        var counters = _byEngine.GetOrAdd(engine, _ => new Counters());
        lock (counters)
        {
            counters.Requests++;
            counters.CharactersSent += charactersSent;
            counters.CacheHits += cacheHits;
            counters.CacheMisses += cacheMisses;
        }
    }

    /// <summary>The usage added so far, one entry per engine, by engine name.</summary>
    public IReadOnlyList<EngineUsage> Snapshot() =>
        _byEngine.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
        {
            lock (e.Value)
            {
                return new EngineUsage(RunId, e.Key, e.Value.Requests, e.Value.CharactersSent, e.Value.CacheHits, e.Value.CacheMisses)
                {
                    ComparisonName = ComparisonName,
                };
            }
        }).ToList();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(Ambient.Value, this))
        {
            Ambient.Value = _outer;
        }
    }

    private sealed class Counters
    {
        public long Requests { get; set; }

        public long CharactersSent { get; set; }

        public long CacheHits { get; set; }

        public long CacheMisses { get; set; }
    }
}

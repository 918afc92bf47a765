using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Storage;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>
/// The translation memory in front of an engine (same <see cref="Name"/>): looks up every text of a request,
/// sends only the texts it does not know (each once) to the engine in one call, remembers the new translations
/// and answers in the request's order. <see cref="TranslationResult.CharactersSent"/> and
/// <see cref="TranslationResult.EngineCalls"/> count only what reached the engine (0 when the memory knew all).
/// Failed translations are never remembered. When the memory itself fails, the request goes to the engine
/// uncached and a warning is logged. Usage per engine per run is recorded (<see cref="TranslationUsageScope"/>).
/// </summary>
internal class CachingTranslator(
    ITranslator inner,
    EfTranslationMemory memory,
    EfEngineUsageStore usage,
    string sessionRunId,
    ILogger<CachingTranslator> logger) : ITranslator
{
    /// <summary>The version assumed for an engine that does not implement <see cref="ITranslatorVersion"/>.</summary>
    public const string DefaultVersion = "1";

    public string Name => inner.Name;

    public ITranslator Inner => inner;

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!LanguageTag.IsWellFormed(request.SourceLanguage) || !LanguageTag.IsWellFormed(request.TargetLanguage))
        {
            return await inner.TranslateAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var source = LanguageTag.Normalize(request.SourceLanguage);
        var target = LanguageTag.Normalize(request.TargetLanguage);
        var version = inner is ITranslatorVersion versioned
            ? await versioned.GetVersionAsync(source, target, cancellationToken).ConfigureAwait(false)
            : DefaultVersion;
        var partition = new MemoryPartition(inner.Name, string.IsNullOrWhiteSpace(version) ? DefaultVersion : version, source, target);

        var keys = request.Texts.Select(MemoryKey.Of).ToList();
        var wanted = keys.Where(k => !k.IsEmpty).DistinctBy(k => k.Hash).ToList();
        var known = await GuardAsync(
            "look up", () => memory.LookupAsync(partition, wanted, cancellationToken),
            new Dictionary<string, RememberedTranslation>(), cancellationToken).ConfigureAwait(false);
        var misses = wanted.Where(k => !known.ContainsKey(k.Hash)).ToList();

        TranslationResult? sent = null;
        var fresh = new Dictionary<string, TranslatedText>(StringComparer.Ordinal);
        if (misses.Count > 0)
        {
            sent = await inner.TranslateAsync(
                new TranslationRequest(request.SourceLanguage, request.TargetLanguage, misses.Select(m => m.Text).ToList()),
                cancellationToken).ConfigureAwait(false);
            if (sent.Succeeded && sent.Texts.Count != misses.Count)
            {
                sent = sent with
                {
                    Texts = [],
                    Problem = new Problem("translate", "translate.count-mismatch", $"The {Name} engine returned {sent.Texts.Count} texts for {misses.Count}.", $"{source}>{target}"),
                };
            }

            if (!sent.Succeeded)
            {
                await RecordAsync(sent.CharactersSent, known.Count, misses.Count, cancellationToken).ConfigureAwait(false);
                return sent;
            }

            for (var i = 0; i < misses.Count; i++)
            {
                fresh[misses[i].Hash] = sent.Texts[i];
            }

            var route = sent.Route;
            await GuardAsync(
                "store", async () =>
                {
                    await memory.StoreAsync(partition, misses.Select(m => (m, fresh[m.Hash])).ToList(), route, cancellationToken).ConfigureAwait(false);
                    return true;
                },
                false, cancellationToken).ConfigureAwait(false);
        }

        if (known.Count > 0)
        {
            await GuardAsync(
                "count hits in", async () =>
                {
                    await memory.MarkUsedAsync(known.Values.Select(k => k.Id).ToList(), cancellationToken).ConfigureAwait(false);
                    return true;
                },
                false, cancellationToken).ConfigureAwait(false);
        }

        await RecordAsync(sent?.CharactersSent ?? 0, known.Count, misses.Count, cancellationToken).ConfigureAwait(false);
        logger.LogDebug(
            "{Engine} {Source}>{Target}: {Hits} texts from the translation memory, {Misses} sent ({Characters} characters)",
            Name, source, target, known.Count, misses.Count, sent?.CharactersSent ?? 0);

        return new TranslationResult
        {
            Texts = keys.Select(k => k.IsEmpty ? TranslatedText.Plain(string.Empty)
                : fresh.TryGetValue(k.Hash, out var translated) ? translated : known[k.Hash].Translation).ToList(),
            Route = sent?.Route ?? FirstRoute(keys, known) ?? Name,
            CharactersSent = sent?.CharactersSent ?? 0,
            EngineCalls = sent?.EngineCalls ?? 0,
        };
    }

    private static string? FirstRoute(List<MemoryKey> keys, IReadOnlyDictionary<string, RememberedTranslation> known) =>
        keys.Where(k => !k.IsEmpty).Select(k => known[k.Hash].Route).FirstOrDefault(r => r.Length > 0);

    private async Task RecordAsync(long charactersSent, int hits, int misses, CancellationToken cancellationToken)
    {
        var scope = TranslationUsageScope.Current;
        scope?.Add(Name, charactersSent, hits, misses);
        await GuardAsync(
            "record usage in", async () =>
            {
                await usage.AddAsync(scope?.RunId ?? sessionRunId, scope?.ComparisonName, Name, charactersSent, hits, misses, cancellationToken).ConfigureAwait(false);
                return true;
            },
            false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a memory operation; a database fault is logged and answered with <paramref name="fallback"/>.</summary>
    private async Task<T> GuardAsync<T>(string what, Func<Task<T>> operation, T fallback, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A broken memory must not stop translation: the engine still answers, uncached, and the fault is logged.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not {Operation} the translation memory for {Engine}; going on without it", what, Name);
            return fallback;
        }
    }
}

using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>The memory in front of an engine that lists its language pairs: the list is the engine's.</summary>
internal class CachingCatalogTranslator(
    ITranslator inner,
    EfTranslationMemory memory,
    EfEngineUsageStore usage,
    string sessionRunId,
    ILogger<CachingTranslator> logger)
    : CachingTranslator(inner, memory, usage, sessionRunId, logger), ILanguagePairCatalog
{
    public Task<IReadOnlyList<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) =>
        ((ILanguagePairCatalog)Inner).GetPairsAsync(cancellationToken);
}

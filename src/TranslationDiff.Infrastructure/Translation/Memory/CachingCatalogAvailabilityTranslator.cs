using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>The memory in front of an engine that lists its pairs and tells whether it is usable (Apertium).</summary>
internal sealed class CachingCatalogAvailabilityTranslator(
    ITranslator inner,
    EfTranslationMemory memory,
    EfEngineUsageStore usage,
    string sessionRunId,
    ILogger<CachingTranslator> logger)
    : CachingCatalogTranslator(inner, memory, usage, sessionRunId, logger), ITranslatorAvailability
{
    public Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken) =>
        ((ITranslatorAvailability)Inner).CheckAsync(cancellationToken);
}

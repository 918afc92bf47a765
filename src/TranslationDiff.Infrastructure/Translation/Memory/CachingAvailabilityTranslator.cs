using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>The memory in front of an engine that can tell whether it is usable: the answer is the engine's.</summary>
internal sealed class CachingAvailabilityTranslator(
    ITranslator inner,
    EfTranslationMemory memory,
    EfEngineUsageStore usage,
    string sessionRunId,
    ILogger<CachingTranslator> logger)
    : CachingTranslator(inner, memory, usage, sessionRunId, logger), ITranslatorAvailability
{
    public Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken) =>
        ((ITranslatorAvailability)Inner).CheckAsync(cancellationToken);
}

using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>
/// Puts engines behind the translation memory when <c>Translation:Memory:Enabled</c> (default true); the
/// "none" engine is never wrapped. Usage outside a <see cref="Core.Storage.TranslationUsageScope"/> is recorded
/// under this process's session id.
/// </summary>
internal sealed class CachingTranslatorFactory(
    IOptions<TranslationMemoryOptions> options,
    EfTranslationMemory memory,
    EfEngineUsageStore usage,
    TimeProvider clock,
    ILogger<CachingTranslator> logger)
{
    private readonly string _sessionRunId = string.Create(
        CultureInfo.InvariantCulture, $"session-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Environment.ProcessId}");

    public ITranslator Wrap(ITranslator translator)
    {
        ArgumentNullException.ThrowIfNull(translator);
        if (!options.Value.Enabled || translator is CachingTranslator || translator is IdentityTranslator
            || string.Equals(translator.Name, "none", StringComparison.OrdinalIgnoreCase))
        {
            return translator;
        }

        // The wrapper shows the same optional faces as the engine (pair catalogue, availability check).
        return (translator is ILanguagePairCatalog, translator is ITranslatorAvailability) switch
        {
            (true, true) => new CachingCatalogAvailabilityTranslator(translator, memory, usage, _sessionRunId, logger),
            (true, false) => new CachingCatalogTranslator(translator, memory, usage, _sessionRunId, logger),
            (false, true) => new CachingAvailabilityTranslator(translator, memory, usage, _sessionRunId, logger),
            _ => new CachingTranslator(translator, memory, usage, _sessionRunId, logger),
        };
    }
}

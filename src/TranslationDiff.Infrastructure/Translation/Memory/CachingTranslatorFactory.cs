using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;

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

        return translator is ILanguagePairCatalog
            ? new CachingCatalogTranslator(translator, memory, usage, _sessionRunId, logger)
            : new CachingTranslator(translator, memory, usage, _sessionRunId, logger);
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;
using TranslationDiff.Infrastructure.Translation.Memory;

namespace TranslationDiff.Infrastructure.Translation;

/// <summary>
/// Picks a registered engine by name; the default comes from <c>Translation:Engine</c>, the second opinion from
/// <c>Translation:SecondOpinion</c>. Every engine but "none" is put behind the translation memory (unless
/// <c>Translation:Memory:Enabled</c> is false).
/// </summary>
internal sealed class ConfiguredTranslatorProvider : ITranslatorProvider
{
    private readonly Dictionary<string, ITranslator> _raw;
    private readonly Dictionary<string, ITranslator> _byName;
    private readonly Dictionary<string, ITranslator> _secondRoutes = new(StringComparer.OrdinalIgnoreCase);
    private readonly IOptions<TranslationOptions> _options;
    private readonly CachingTranslatorFactory _memory;
    private readonly Lock _gate = new();
    private readonly ILogger<ConfiguredTranslatorProvider> _logger;

    public ConfiguredTranslatorProvider(
        IEnumerable<ITranslator> translators, IOptions<TranslationOptions> options, CachingTranslatorFactory memory, ILogger<ConfiguredTranslatorProvider> logger)
    {
        _options = options;
        _logger = logger;
        _memory = memory;
        _raw = translators.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        _byName = _raw.ToDictionary(p => p.Key, p => memory.Wrap(p.Value), StringComparer.OrdinalIgnoreCase);
    }

    public string DefaultName => _options.Value.Engine;

    public IReadOnlyList<string> Names => _byName.Keys.Order(StringComparer.Ordinal).ToList();

    public ITranslator? Get(string? name) =>
        _byName.TryGetValue(Resolve(name), out var translator) ? translator : null;

    public ITranslator? GetSecondOpinion(string? primaryName)
    {
        var primary = Resolve(primaryName);
        var setting = (_options.Value.SecondOpinion ?? string.Empty).Trim();
        if (setting.Length == 0 || setting.Equals("off", StringComparison.OrdinalIgnoreCase) || primary.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (setting.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            setting = _raw.TryGetValue(primary, out var engine) && engine is ISecondRouteSource ? primary : ApertiumCliTranslator.EngineName;
        }

        if (!setting.Equals(primary, StringComparison.OrdinalIgnoreCase))
        {
            var named = Get(setting);
            if (named is null)
            {
                _logger.LogWarning(
                    "Translation:SecondOpinion is '{Setting}', which names no engine (known: {Engines}); findings are not attributed to edition or engine",
                    setting, string.Join(", ", Names));
            }

            return named;
        }

        if (!_raw.TryGetValue(primary, out var raw) || raw is not ISecondRouteSource routes)
        {
            return null;
        }

        lock (_gate)
        {
            if (!_secondRoutes.TryGetValue(primary, out var second))
            {
                second = _memory.Wrap(routes.AsSecondRoute());
                _secondRoutes[primary] = second;
            }

            return second;
        }
    }

    private string Resolve(string? name) => string.IsNullOrWhiteSpace(name) ? DefaultName : name;
}

using Microsoft.Extensions.Options;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation;

/// <summary>Picks a registered engine by name; the default comes from <c>Translation:Engine</c>.</summary>
internal sealed class ConfiguredTranslatorProvider(IEnumerable<ITranslator> translators, IOptions<TranslationOptions> options)
    : ITranslatorProvider
{
    private readonly Dictionary<string, ITranslator> _byName =
        translators.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public string DefaultName => options.Value.Engine;

    public IReadOnlyList<string> Names => _byName.Keys.Order(StringComparer.Ordinal).ToList();

    public ITranslator? Get(string? name) =>
        _byName.TryGetValue(string.IsNullOrWhiteSpace(name) ? DefaultName : name, out var translator) ? translator : null;
}

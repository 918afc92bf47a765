using Microsoft.Extensions.Options;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation.Memory;

namespace TranslationDiff.Infrastructure.Translation;

/// <summary>
/// Picks a registered engine by name; the default comes from <c>Translation:Engine</c>. Every engine but "none"
/// is put behind the translation memory (unless <c>Translation:Memory:Enabled</c> is false).
/// </summary>
internal sealed class ConfiguredTranslatorProvider(
    IEnumerable<ITranslator> translators, IOptions<TranslationOptions> options, CachingTranslatorFactory memory)
    : ITranslatorProvider
{
    private readonly Dictionary<string, ITranslator> _byName =
        translators.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => memory.Wrap(g.Last()), StringComparer.OrdinalIgnoreCase);

    public string DefaultName => options.Value.Engine;

    public IReadOnlyList<string> Names => _byName.Keys.Order(StringComparer.Ordinal).ToList();

    public ITranslator? Get(string? name) =>
        _byName.TryGetValue(string.IsNullOrWhiteSpace(name) ? DefaultName : name, out var translator) ? translator : null;
}

using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>A provider over a fixed set of engines; the first is the default. <see cref="Second"/> is the second opinion.</summary>
public sealed class SingleTranslatorProvider(params ITranslator[] translators) : ITranslatorProvider
{
    public string DefaultName => translators[0].Name;

    public IReadOnlyList<string> Names => translators.Select(t => t.Name).ToList();

    /// <summary>The engine <see cref="GetSecondOpinion"/> gives, whatever the primary; none by default.</summary>
    public ITranslator? Second { get; init; }

    public ITranslator? Get(string? name) =>
        translators.FirstOrDefault(t => string.Equals(t.Name, name ?? DefaultName, StringComparison.OrdinalIgnoreCase));

    public ITranslator? GetSecondOpinion(string? primaryName) => Second;
}

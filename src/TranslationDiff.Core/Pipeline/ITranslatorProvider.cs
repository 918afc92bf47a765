using TranslationDiff.Core.Translation;

namespace TranslationDiff.Core.Pipeline;

/// <summary>Gives the engine for a name, or the configured default.</summary>
public interface ITranslatorProvider
{
    /// <summary>The default engine's name.</summary>
    string DefaultName { get; }

    IReadOnlyList<string> Names { get; }

    /// <summary>The engine called <paramref name="name"/> (null for the default), or null when unknown.</summary>
    ITranslator? Get(string? name);
}

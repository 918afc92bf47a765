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

    /// <summary>
    /// The engine that gives a second opinion on <paramref name="primaryName"/>'s translations (the same engine by
    /// another route, or another engine), used to tell edition artifacts from engine artifacts; null when none is
    /// configured. It answers a request it cannot route differently with a problem.
    /// </summary>
    ITranslator? GetSecondOpinion(string? primaryName) => null;
}

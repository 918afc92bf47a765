using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation;

/// <summary>An engine that can translate by a second route for a second opinion (Apertium: fr>ca>en beside fr>es>en).</summary>
internal interface ISecondRouteSource
{
    /// <summary>An instance of the same engine that takes, for every pair, the best route other than the usual one.</summary>
    ITranslator AsSecondRoute();
}

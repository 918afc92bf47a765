namespace TranslationDiff.Core.Translation;

/// <summary>
/// Optional: implemented by an engine whose output can change between releases (engine or language data),
/// so that the translation memory keeps translations apart by version and a new version starts afresh.
/// Engines that do not implement it are treated as version "1".
/// </summary>
public interface ITranslatorVersion
{
    /// <summary>
    /// The version of the engine and of its data for one direction, e.g. "apertium 3.8.3; apertium-fr-es 2.0.1"
    /// or "azure-v3". Called once per request; implementations should cache what they look up.
    /// </summary>
    ValueTask<string> GetVersionAsync(string sourceLanguage, string targetLanguage, CancellationToken cancellationToken);
}

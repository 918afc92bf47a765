namespace TranslationDiff.Core.Translation;

/// <summary>
/// Texts to translate in one call. Engines batch them as their limits allow and return one result per
/// text, in order.
/// </summary>
public sealed record TranslationRequest(string SourceLanguage, string TargetLanguage, IReadOnlyList<string> Texts);

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>A /languages answer: the translation-scope codes and the ETag, or "not modified" (304).</summary>
internal sealed record AzureLanguagesPayload(bool NotModified, IReadOnlyList<string> Codes, string? ETag);

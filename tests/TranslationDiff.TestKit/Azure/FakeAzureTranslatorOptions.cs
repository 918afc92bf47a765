namespace TranslationDiff.TestKit.Azure;

/// <summary>How the fake Azure Translator behaves when no fault is scripted.</summary>
public sealed class FakeAzureTranslatorOptions
{
    /// <summary>Codes of the translation scope, spelled as Azure spells them (a small realistic subset by default).</summary>
    public IReadOnlyList<string> Languages { get; init; } =
    [
        "ar", "bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fil", "fr", "fr-CA", "ga",
        "gl", "he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "pt-PT", "ro",
        "ru", "sk", "sl", "sr-Cyrl", "sr-Latn", "sv", "tr", "uk", "vi", "zh-Hans", "zh-Hant",
    ];

    /// <summary>When set, /translate answers 401000 unless <c>Ocp-Apim-Subscription-Key</c> equals it.</summary>
    public string? ExpectedKey { get; init; }

    /// <summary>When set, /translate answers 401000 unless <c>Ocp-Apim-Subscription-Region</c> equals it.</summary>
    public string? ExpectedRegion { get; init; }

    /// <summary>Path prefix of a custom-domain endpoint, e.g. "/translator/text/v3.0" (empty by default).</summary>
    public string BasePath { get; init; } = string.Empty;

    /// <summary>Documented limits, enforced with the service's codes 400072, 400050 and 400077.</summary>
    public int MaxElements { get; init; } = 1_000;

    public int MaxElementCharacters { get; init; } = 50_000;

    public int MaxRequestCharacters { get; init; } = 50_000;
}

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Configuration section <c>Translation:Azure</c> (environment variables <c>Translation__Azure__Key</c> etc.).
/// Defaults follow the documented limits of the Translator Text REST API v3.0.
/// The key is a secret: give it through the environment or user-secrets, never in a committed file.
/// </summary>
public sealed class AzureTranslatorOptions
{
    /// <summary>The global endpoint; a geography (https://api-eur.cognitive.microsofttranslator.com) or a custom
    /// domain (https://NAME.cognitiveservices.azure.com/translator/text/v3.0) also work.</summary>
    public const string GlobalEndpoint = "https://api.cognitive.microsofttranslator.com";

    /// <summary>Base address; <c>translate</c> and <c>languages</c> are resolved under it.</summary>
    public string Endpoint { get; set; } = GlobalEndpoint;

    /// <summary>Resource key, sent as <c>Ocp-Apim-Subscription-Key</c>. Never logged.</summary>
    public string? Key { get; set; }

    /// <summary>Resource region (e.g. westeurope), sent as <c>Ocp-Apim-Subscription-Region</c>; needed for
    /// regional and multi-service resources, optional for global ones.</summary>
    public string? Region { get; set; }

    /// <summary>Array elements per /translate request (documented maximum: 1,000).</summary>
    public int MaxElementsPerRequest { get; set; } = 1_000;

    /// <summary>Characters per /translate request, all elements together (documented maximum: 50,000).</summary>
    public int MaxCharactersPerRequest { get; set; } = 50_000;

    /// <summary>Characters per array element (documented maximum: 50,000); longer texts are split at sentence boundaries.</summary>
    public int MaxCharactersPerElement { get; set; } = 50_000;

    /// <summary>Tries per HTTP request, the first included. Only 408, 429, 5xx, I/O failures and timeouts are retried.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First backoff step; doubled at each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff step.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one ends the call with a rate-limit problem.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time allowed for one HTTP request (the service's documented worst case is 15 s for standard models).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Characters-per-minute budget spread over time (token bucket); 0 = unlimited. The F0 tier's
    /// 2 million characters an hour is about 33,300 a minute.</summary>
    public int CharactersPerMinute { get; set; }

    /// <summary>How long the /languages list is trusted before it is revalidated with its ETag.</summary>
    public TimeSpan LanguagesRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether a key is configured.</summary>
    public bool HasKey => !string.IsNullOrWhiteSpace(Key);
}

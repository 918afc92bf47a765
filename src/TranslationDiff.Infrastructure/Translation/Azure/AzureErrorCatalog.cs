using System.Globalization;
using System.Net;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Turns an HTTP status and the six-digit service code (three digits of HTTP status, three of detail; see the
/// "Azure Translator response codes and messages" reference) into a failure an operator can act on.
/// 400xxx, 401xxx and 403xxx are never retried; 408, 429 and 5xx are.
/// </summary>
internal static class AzureErrorCatalog
{
    private const string KeyVariable = "Translation__Azure__Key";
    private const string RegionVariable = "Translation__Azure__Region";
    private const string RequestLimitVariable = "Translation__Azure__MaxCharactersPerRequest";

    public static AzureFailure FromResponse(HttpStatusCode status, int? serviceCode, string? serviceMessage, TimeSpan? retryAfter)
    {
        var statusNumber = (int)status;
        var code = serviceCode ?? statusNumber * 1000;
        var said = string.IsNullOrWhiteSpace(serviceMessage) ? string.Empty : $" The service said: \"{serviceMessage.Trim()}\"";
        var codeText = code.ToString(CultureInfo.InvariantCulture);
        var retryable = statusNumber is 408 or 429 || statusNumber >= 500;

        var (reason, message) = code switch
        {
            401000 => ("unauthorized", $"Azure Translator refused the key ({codeText}): the key is missing, wrong, or needs a region. Check {KeyVariable}, and set {RegionVariable} to the resource's region for a regional or multi-service resource."),
            401015 => ("wrong-key-kind", $"The key is for the Speech service, not Translator ({codeText}). Put a Translator (Text) key in {KeyVariable}."),
            403001 => ("quota-exceeded", $"The Azure Translator subscription has used up its free quota ({codeText}). Wait for the quota to renew or move the resource to a paid tier."),
            403000 => ("forbidden", $"Azure Translator does not allow this operation for the resource ({codeText}). Check the resource's tier, network rules and region in the Azure portal."),
            400035 or 400036 or 400019 or 400023 => ("unsupported-language", $"Azure Translator does not accept this language pair ({codeText}). Check the edition's language code."),
            400050 => ("text-too-long", $"A text is longer than Azure Translator accepts in one element ({codeText}). Lower Translation__Azure__MaxCharactersPerElement."),
            400077 => ("request-too-large", $"A request exceeded Azure Translator's size limit ({codeText}). Lower {RequestLimitVariable}."),
            400072 => ("too-many-elements", $"A request had more texts than Azure Translator accepts ({codeText}). Lower Translation__Azure__MaxElementsPerRequest."),
            400021 or 400074 or 415000 or 400000 or 400005 or 400020 => ("bad-request", $"Azure Translator rejected the request as malformed ({codeText}). This is a bug in TranslationDiff's Azure client; please report it."),
            408001 => ("not-ready", $"The requested Azure translation system is still being prepared ({codeText}). Try again in a few minutes."),
            _ when statusNumber == 429 => ("rate-limited", $"Azure Translator kept refusing requests for going over the rate limit ({codeText}). Set Translation__Azure__CharactersPerMinute to spread the load, or wait and run again."),
            _ when statusNumber == 408 => ("timeout", $"Azure Translator timed out waiting for the request ({codeText}). Try again."),
            _ when statusNumber == 503 => ("unavailable", $"Azure Translator is temporarily unavailable ({codeText}). Try again later."),
            _ when statusNumber >= 500 => ("server-error", $"Azure Translator failed with an internal error ({codeText}). Try again later; if it persists, report the time and trace id to Azure support."),
            _ when statusNumber == 401 => ("unauthorized", $"Azure Translator refused the credentials ({codeText}). Check {KeyVariable} and {RegionVariable}."),
            _ when statusNumber == 403 => ("forbidden", $"Azure Translator refused the request ({codeText}). Check the resource's quota and settings in the Azure portal."),
            _ when statusNumber == 404 => ("not-found", $"Nothing answers at the configured Translation__Azure__Endpoint ({codeText}). Use https://api.cognitive.microsofttranslator.com or, for a custom domain, https://NAME.cognitiveservices.azure.com/translator/text/v3.0."),
            _ => ("http-" + statusNumber.ToString(CultureInfo.InvariantCulture), $"Azure Translator answered HTTP {statusNumber} ({codeText})."),
        };

        return new AzureFailure(reason, message + said, retryable, serviceCode, retryAfter);
    }

    public static AzureFailure Unreachable(Uri endpoint, string detail) =>
        new("unreachable", $"Could not reach Azure Translator at {endpoint.GetLeftPart(UriPartial.Authority)} ({detail}). Check the network and Translation__Azure__Endpoint.", Retryable: true);

    public static AzureFailure Timeout(TimeSpan timeout) =>
        new("timeout", $"Azure Translator did not answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Try again, or raise Translation__Azure__RequestTimeout.", Retryable: true);

    public static AzureFailure Malformed(string operation, string detail) =>
        new("malformed-response", $"Azure Translator's {operation} answer is not in the v3.0 format: {detail}. Check that Translation__Azure__Endpoint points at the Translator Text API.", Retryable: false);
}

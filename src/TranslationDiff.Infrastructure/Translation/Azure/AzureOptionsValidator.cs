using Microsoft.Extensions.Options;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Start-up checks of <c>Translation:Azure</c>: an absolute http(s) endpoint, positive limits, and a key when
/// azure is the default engine (naming the environment variable to set). Without a key and with another
/// default engine the azure engine stays registered and answers <c>translate.engine-unavailable</c>.
/// </summary>
internal sealed class AzureOptionsValidator : IValidateOptions<TranslationOptions>
{
    public ValidateOptionsResult Validate(string? name, TranslationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var azure = options.Azure;
        var errors = new List<string>();
        if (string.Equals(options.Engine, AzureTranslator.EngineName, StringComparison.OrdinalIgnoreCase) && !azure.HasKey)
        {
            errors.Add("Translation:Engine is 'azure' but no key is set: set the environment variable Translation__Azure__Key (configuration key Translation:Azure:Key).");
        }

        if (!Uri.TryCreate(azure.Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"Translation:Azure:Endpoint '{azure.Endpoint}' is not an absolute http(s) URL; use {AzureTranslatorOptions.GlobalEndpoint}.");
        }

        Positive(errors, "MaxElementsPerRequest", azure.MaxElementsPerRequest);
        Positive(errors, "MaxCharactersPerRequest", azure.MaxCharactersPerRequest);
        Positive(errors, "MaxCharactersPerElement", azure.MaxCharactersPerElement);
        Positive(errors, "MaxAttempts", azure.MaxAttempts);
        if (azure.CharactersPerMinute < 0)
        {
            errors.Add("Translation:Azure:CharactersPerMinute must be 0 (unlimited) or more.");
        }

        if (azure.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Translation:Azure:RequestTimeout must be positive, e.g. 00:00:30.");
        }

        if (azure.BaseDelay < TimeSpan.Zero || azure.MaxDelay < azure.BaseDelay)
        {
            errors.Add("Translation:Azure:BaseDelay must be 0 or more and no longer than Translation:Azure:MaxDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string key, int value)
    {
        if (value < 1)
        {
            errors.Add($"Translation:Azure:{key} must be at least 1.");
        }
    }
}

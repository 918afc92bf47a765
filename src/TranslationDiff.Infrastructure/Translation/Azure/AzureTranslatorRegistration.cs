using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>Registers the "azure" engine, its typed HTTP client and its option checks.</summary>
internal static class AzureTranslatorRegistration
{
    public static IServiceCollection AddAzureTranslator(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidateOptions<TranslationOptions>, AzureOptionsValidator>();
        services.AddHttpClient<AzureTranslatorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(header =>
                header.Equals(AzureTranslatorClient.KeyHeader, StringComparison.OrdinalIgnoreCase)
                || header.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        services.AddSingleton<AzureTranslator>();
        services.AddSingleton<ITranslator>(sp => sp.GetRequiredService<AzureTranslator>());
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Fetching, extraction, translation engines and report writers, bound to configuration.</summary>
    public static IServiceCollection AddTranslationDiffInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TranslationOptions>()
            .Bind(configuration.GetSection(TranslationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITranslator, IdentityTranslator>();

        // Apertium: the local program always; the APy service always too, reporting itself unusable (and
        // naming the key to set) while Translation:Apertium:ApyUrl is empty.
        services.AddSingleton<IValidateOptions<TranslationOptions>, ApertiumOptionsValidator>();
        services.AddHttpClient(ApertiumApyTranslator.HttpClientName);
        services.AddSingleton<ITranslator, ApertiumCliTranslator>();
        services.AddSingleton<ITranslator, ApertiumApyTranslator>();

        services.AddSingleton<ITranslatorProvider, ConfiguredTranslatorProvider>();
        return services;
    }
}

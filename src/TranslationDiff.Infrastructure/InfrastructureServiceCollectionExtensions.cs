using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation;
using TranslationDiff.Infrastructure.Translation.Azure;

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
        services.AddSingleton<ITranslator, IdentityTranslator>();
        services.AddAzureTranslator();
        services.AddSingleton<ITranslatorProvider, ConfiguredTranslatorProvider>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Translation.Memory;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>The results database, the stores on it and the translation memory (called by AddTranslationDiffInfrastructure).</summary>
internal static class StorageRegistration
{
    public static IServiceCollection AddResultsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.AddSingleton(new StorageOptionsSetup(configuration));
        services.AddSingleton<IPostConfigureOptions<StorageOptions>>(sp => sp.GetRequiredService<StorageOptionsSetup>());
        services.AddSingleton<IValidateOptions<StorageOptions>>(sp => sp.GetRequiredService<StorageOptionsSetup>());
        services.AddSingleton<ResultsDatabase>();
        services.AddSingleton<IComparisonStore, EfComparisonStore>();
        services.AddSingleton<IDismissalStore, EfDismissalStore>();
        services.AddSingleton<EfEngineUsageStore>();
        services.AddSingleton<IEngineUsageStore>(sp => sp.GetRequiredService<EfEngineUsageStore>());

        services.AddOptions<TranslationMemoryOptions>().Bind(configuration.GetSection(TranslationMemoryOptions.Section));
        services.AddSingleton<EfTranslationMemory>();
        services.AddSingleton<CachingTranslatorFactory>();
        return services;
    }
}

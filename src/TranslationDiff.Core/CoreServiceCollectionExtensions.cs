using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The pipeline runner and the detector aggregator.</summary>
    public static IServiceCollection AddTranslationDiffCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DetectorRunner>();
        services.TryAddSingleton<IDismissalStore, NoDismissalStore>();
        services.TryAddSingleton<ILexicon, NoLexicon>();
        services.AddSingleton<FindingReview>();
        services.AddTransient<ComparisonPipeline>();
        return services;
    }
}

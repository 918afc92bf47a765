using Microsoft.Extensions.DependencyInjection;

namespace TranslationDiff.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Segmentation, the aligner, the word differ and the catalogue of checks.</summary>
    public static IServiceCollection AddTranslationDiffAnalysis(this IServiceCollection services)
    {
        return services;
    }
}

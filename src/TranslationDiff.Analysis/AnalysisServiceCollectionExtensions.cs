using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Analysis.Diffing;
using TranslationDiff.Core.Diffing;

namespace TranslationDiff.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Segmentation, the aligner, the word differ and the catalogue of checks.</summary>
    public static IServiceCollection AddTranslationDiffAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<IWordDiffer, DiffPlexWordDiffer>();
        return services;
    }
}

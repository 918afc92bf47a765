using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Segmentation, the aligner, the word differ and the catalogue of checks.</summary>
    public static IServiceCollection AddTranslationDiffAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<ISequenceAligner>(_ => new SequenceAligner());
        services.AddSingleton<IParagraphAligner, ParagraphAligner>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Diffing;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Diffing;

namespace TranslationDiff.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Segmentation, the aligner, the word differ and the catalogue of checks.</summary>
    public static IServiceCollection AddTranslationDiffAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<ISequenceAligner>(_ => new SequenceAligner());
        services.AddSingleton<IParagraphAligner, ParagraphAligner>();
        services.AddSingleton<IWordDiffer, DiffPlexWordDiffer>();
        services.AddOptions<DetectionOptions>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<DetectionOptions>>().Value);
        services.AddSingleton<IArtifactDetector, NumbersDetector>();
        services.AddSingleton<IArtifactDetector, GluedWordsDetector>();
        services.AddSingleton<IArtifactDetector, BrokenSentenceDetector>();
        services.AddSingleton<IArtifactDetector, LowercasedNameDetector>();
        services.AddSingleton<IArtifactDetector, OmittedParagraphDetector>();
        services.AddSingleton<IArtifactDetector, AddedParagraphDetector>();
        services.AddSingleton<IArtifactDetector, NamedEntityDetector>();
        services.AddSingleton<IArtifactDetector, WordOrderDetector>();
        services.AddSingleton<IArtifactDetector, UntranslatedDetector>();
        services.AddSingleton<IArtifactDetector, DoubledWordDetector>();
        services.AddSingleton<IArtifactDetector, UnbalancedPunctuationDetector>();
        services.AddSingleton<IArtifactDetector, LengthRatioDetector>();
        services.AddSingleton<IArtifactDetector, LowSimilarityDetector>();
        services.AddSingleton<IArtifactDetector, TerminologyDetector>();
        services.AddSingleton<IEngineAttribution, EngineAttribution>();
        services.AddSingleton<IFindingFingerprinter, Dismissals>();
        services.AddSingleton<IArtifactDetector, CalqueDetector>();
        services.AddSingleton<IArtifactDetector, PunctuationDetector>();
        services.AddSingleton<IArtifactDetector, OmittedWordDetector>();
        services.AddSingleton<IArtifactDetector, GenderAgreementDetector>();
        services.AddSingleton<IArtifactDetector, FalseSenseDetector>();
        services.AddSingleton<IArtifactDetector, LostTenseDetector>();
        services.AddSingleton<IArtifactDetector, DanglingAttributionDetector>();
        services.AddSingleton<IArtifactDetector, ResumptivePronounDetector>();
        services.AddSingleton<IArtifactDetector, VerblessSentenceDetector>();
        return services;
    }
}

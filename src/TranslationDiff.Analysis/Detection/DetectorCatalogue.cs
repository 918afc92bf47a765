using TranslationDiff.Core.Detection;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Every check of the catalogue, built with the given options (for tools and tests that do without DI).</summary>
public static class DetectorCatalogue
{
    public static IReadOnlyList<IArtifactDetector> Create(DetectionOptions options) =>
    [
        new NumbersDetector(options), new GluedWordsDetector(options), new BrokenSentenceDetector(options), new LowercasedNameDetector(options),
        new OmittedParagraphDetector(options), new AddedParagraphDetector(options), new NamedEntityDetector(options), new WordOrderDetector(options),
        new UntranslatedDetector(options), new DoubledWordDetector(options), new UnbalancedPunctuationDetector(options), new LengthRatioDetector(options),
        new LowSimilarityDetector(options), new TerminologyDetector(options), new CalqueDetector(options), new PunctuationDetector(options),
        new OmittedWordDetector(options), new GenderAgreementDetector(options), new FalseSenseDetector(options),
        new LostTenseDetector(options), new DanglingAttributionDetector(options), new ResumptivePronounDetector(options), new VerblessSentenceDetector(options),
    ];
}

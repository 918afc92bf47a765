namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Thresholds of the checks (section "Detection"). Plain data with defaults in code; the composition roots bind it.
/// </summary>
public sealed class DetectionOptions
{
    public const string SectionName = "Detection";

    /// <summary>Check ids not to run.</summary>
    public IList<string> Disabled { get; init; } = [];

    /// <summary>Report numbers written in another locale's format even when their value agrees.</summary>
    public bool NumbersReportFormat { get; set; } = true;

    /// <summary>A fragment left by a spurious sentence break has at most this many words.</summary>
    public int BrokenSentenceMaxFragmentWords { get; set; } = 6;

    /// <summary>Shortest word the lowercased-name check considers.</summary>
    public int LowercasedNameMinLength { get; set; } = 3;

    /// <summary>Omitted or added paragraphs shorter than this many words are minor (captions, bylines).</summary>
    public int ParagraphMajorWords { get; set; } = 8;

    /// <summary>Omitted or added paragraphs shorter than this are not reported at all.</summary>
    public int ParagraphMinWords { get; set; } = 3;

    /// <summary>
    /// A paragraph whose length ratio to the reference differs from the article's median ratio by more than this factor.
    /// 1.5: the labelled corpus's careful translations stay within 0.76–1.32 of their edition's median, and a paragraph
    /// that lost a sentence of two falls to about 0.6.
    /// </summary>
    public double LengthRatioFactor { get; set; } = 1.5;

    /// <summary>Paragraphs shorter than this many words are not judged on length.</summary>
    public int LengthRatioMinWords { get; set; } = 12;

    /// <summary>A paragraph whose chrF against the reference falls below this share of the edition's median is flagged.</summary>
    public double LowSimilarityShareOfMedian { get; set; } = 0.55;

    /// <summary>...and below this absolute chrF (0..100).</summary>
    public double LowSimilarityMaxChrF { get; set; } = 30;

    /// <summary>Shortest run of source-language words reported as untranslated.</summary>
    public int UntranslatedMinWords { get; set; } = 3;

    /// <summary>Run the built-in list of calques and false friends (the calque check); <see cref="Calques"/> adds to it.</summary>
    public bool CalqueDefaults { get; set; } = true;

    /// <summary>
    /// More calques and false friends for the calque check (a newsroom's own list, section Detection:Calques). An
    /// entry with a <see cref="CalqueEntry.SourceCue"/> (a source anchor) fires only where that expression matches in
    /// the aligned paragraph of the original (when known) or of an edition in one of its source languages, which keeps
    /// a broad pattern ("against 12%" for « contre ») safe; without one it fires wherever its pattern matches.
    /// </summary>
    public IList<CalqueEntry> Calques { get; init; } = [];

    /// <summary>Run the built-in list of false senses (the false-sense check); <see cref="FalseSenses"/> adds to it.</summary>
    public bool FalseSenseDefaults { get; set; } = true;

    /// <summary>
    /// More false senses for the false-sense check (a newsroom's own list, section Detection:FalseSenses). The source
    /// word is looked for in the original's aligned paragraph when the original is known, else in any edition in one
    /// of the entry's source languages.
    /// </summary>
    public IList<FalseSenseEntry> FalseSenses { get; init; } = [];

    /// <summary>The omitted-word check needs at least this many other editions agreeing on the word.</summary>
    public int OmittedWordMinEditions { get; set; } = 2;

    /// <summary>...in sentences sharing at least this share of words (Dice, 0..1) with the edition's sentence.</summary>
    public double OmittedWordMinOverlap { get; set; } = 0.2;

    /// <summary>The grammar checks match an edition's sentence with another's when they share at least this share of words (Dice, 0..1).</summary>
    public double GrammarSentenceMinOverlap { get; set; } = 0.2;

    /// <summary>The verbless-sentence check allows at most this many words between the opening determiner and the relative pronoun.</summary>
    public int VerblessSentenceMaxHeadWords { get; set; } = 4;

    /// <summary>The dangling-attribution check needs at least this many other editions with a verb before the name.</summary>
    public int DanglingAttributionMinEditions { get; set; } = 1;

    /// <summary>The newsroom glossary.</summary>
    public IList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>A copy of these options with more glossary entries.</summary>
    public DetectionOptions WithGlossary(IEnumerable<GlossaryEntry> entries)
    {
        return new DetectionOptions
        {
            Disabled = Disabled,
            NumbersReportFormat = NumbersReportFormat,
            BrokenSentenceMaxFragmentWords = BrokenSentenceMaxFragmentWords,
            LowercasedNameMinLength = LowercasedNameMinLength,
            ParagraphMajorWords = ParagraphMajorWords,
            ParagraphMinWords = ParagraphMinWords,
            LengthRatioFactor = LengthRatioFactor,
            LengthRatioMinWords = LengthRatioMinWords,
            LowSimilarityShareOfMedian = LowSimilarityShareOfMedian,
            LowSimilarityMaxChrF = LowSimilarityMaxChrF,
            UntranslatedMinWords = UntranslatedMinWords,
            CalqueDefaults = CalqueDefaults,
            Calques = Calques,
            FalseSenseDefaults = FalseSenseDefaults,
            FalseSenses = FalseSenses,
            OmittedWordMinEditions = OmittedWordMinEditions,
            OmittedWordMinOverlap = OmittedWordMinOverlap,
            GrammarSentenceMinOverlap = GrammarSentenceMinOverlap,
            VerblessSentenceMaxHeadWords = VerblessSentenceMaxHeadWords,
            DanglingAttributionMinEditions = DanglingAttributionMinEditions,
            Glossary = Glossary.Concat(entries).ToList(),
        };
    }

    public bool IsEnabled(string check) => !Disabled.Contains(check, StringComparer.OrdinalIgnoreCase);
}

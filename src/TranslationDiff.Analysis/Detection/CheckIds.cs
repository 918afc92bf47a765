namespace TranslationDiff.Analysis.Detection;

/// <summary>The stable ids of the checks, as stored on findings.</summary>
public static class CheckIds
{
    public const string Numbers = "numbers";
    public const string GluedWords = "glued-words";
    public const string BrokenSentence = "broken-sentence";
    public const string LowercasedName = "lowercased-name";
    public const string OmittedParagraph = "omitted-paragraph";
    public const string AddedParagraph = "added-paragraph";
    public const string NamedEntity = "named-entity";
    public const string WordOrder = "word-order";
    public const string Untranslated = "untranslated";
    public const string DoubledWord = "doubled-word";
    public const string UnbalancedPunctuation = "unbalanced-punctuation";
    public const string LengthRatio = "length-ratio";
    public const string LowSimilarity = "low-similarity";
    public const string Terminology = "terminology";
    public const string Calque = "calque";
    public const string Punctuation = "punctuation";
    public const string OmittedWord = "omitted-word";
    public const string GenderAgreement = "gender-agreement";
    public const string FalseSense = "false-sense";
    public const string LostTense = "lost-tense";
    public const string DanglingAttribution = "dangling-attribution";
    public const string ResumptivePronoun = "resumptive-pronoun";
    public const string VerblessSentence = "verbless-sentence";

    public static IReadOnlyList<string> All { get; } =
    [
        Numbers, GluedWords, BrokenSentence, LowercasedName, OmittedParagraph, AddedParagraph, NamedEntity, WordOrder,
        Untranslated, DoubledWord, UnbalancedPunctuation, LengthRatio, LowSimilarity, Terminology, Calque, Punctuation, OmittedWord,
        GenderAgreement, FalseSense, LostTense, DanglingAttribution, ResumptivePronoun, VerblessSentence,
    ];
}

namespace TranslationDiff.Analysis.Detection;

/// <summary>MQM categories used on findings ("dimension/category").</summary>
public static class Categories
{
    public const string Mistranslation = "accuracy/mistranslation";
    public const string Omission = "accuracy/omission";
    public const string Addition = "accuracy/addition";
    public const string Untranslated = "accuracy/untranslated";
    public const string Grammar = "fluency/grammar";
    public const string WordOrder = "fluency/word-order";
    public const string Punctuation = "fluency/punctuation";
    public const string Spelling = "fluency/spelling";

    /// <summary>Grammatical but unidiomatic: a calque or false friend of the source language.</summary>
    public const string Unidiomatic = "fluency/unidiomatic";
    public const string NumberFormat = "locale/number-format";
    public const string DateFormat = "locale/date-format";
    public const string Terminology = "terminology/inconsistent";
}

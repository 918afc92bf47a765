namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>An edition of a corpus case.</summary>
public sealed class CorpusEdition
{
    public string Language { get; set; } = string.Empty;

    public IList<CorpusParagraph> Paragraphs { get; init; } = [];
}

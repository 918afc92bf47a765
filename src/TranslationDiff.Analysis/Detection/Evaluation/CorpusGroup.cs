namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>An alignment group of a corpus case: its kind and its paragraph indices per language.</summary>
public sealed class CorpusGroup
{
    public string Kind { get; set; } = "1-1";

    public IDictionary<string, IList<int>> Members { get; init; } = new Dictionary<string, IList<int>>();
}

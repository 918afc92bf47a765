using System.Globalization;
using System.Text;

namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>Precision and recall per check over a labelled corpus, with the misses and false alarms listed.</summary>
public sealed class EvaluationResult
{
    public required IReadOnlyList<CheckScore> Checks { get; init; }

    /// <summary>Artifacts labelled with a kind no check claims ("mistranslation", "wording"), and how many some finding covers.</summary>
    public (int Total, int Covered) EditorOnly { get; init; }

    /// <summary>Words and findings of the editions (other than the reference) that have no labelled artifact: clean text.</summary>
    public (int Words, int Findings) Clean { get; init; }

    public IReadOnlyList<string> Misses { get; init; } = [];

    public IReadOnlyList<string> FalseAlarms { get; init; } = [];

    /// <summary>Cases whose labels could not be placed (a text not found in its paragraph).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public CheckScore Overall => new(
        "overall", Checks.Sum(c => c.Artifacts), Checks.Sum(c => c.Found), Checks.Sum(c => c.Findings), Checks.Sum(c => c.FalseAlarms));

    public double CleanFindingsPerThousandWords => Clean.Words == 0 ? 0 : 1000.0 * Clean.Findings / Clean.Words;

    /// <summary>A plain-text table for the terminal.</summary>
    public string Format(bool details)
    {
        var s = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        s.AppendLine(culture, $"{"check",-24}{"labels",7}{"found",7}{"raised",8}{"false",7}{"precision",11}{"recall",8}");
        foreach (var c in Checks.Append(Overall))
        {
            s.AppendLine(culture, $"{c.Check,-24}{c.Artifacts,7}{c.Found,7}{c.Findings,8}{c.FalseAlarms,7}{c.Precision,11:0.00}{c.Recall,8:0.00}");
        }

        s.AppendLine(culture, $"editor-only labels (mistranslation, wording, ...): {EditorOnly.Covered} of {EditorOnly.Total} covered by some finding");
        s.AppendLine(culture, $"clean editions: {Clean.Findings} findings in {Clean.Words} words = {CleanFindingsPerThousandWords:0.00} per 1,000 words");
        foreach (var problem in Problems)
        {
            s.AppendLine(culture, $"problem: {problem}");
        }

        if (details)
        {
            foreach (var miss in Misses)
            {
                s.AppendLine(culture, $"missed: {miss}");
            }

            foreach (var alarm in FalseAlarms)
            {
                s.AppendLine(culture, $"false alarm: {alarm}");
            }
        }

        return s.ToString();
    }
}

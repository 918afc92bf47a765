using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Detection.Evaluation;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>The issue's targets on the corpus written for the project (Detection/Corpus/written).</summary>
public class CorpusEvaluationTests
{
    private static readonly EvaluationResult Written = CorpusEvaluator.Evaluate(
        Directory.GetFiles(Path.Combine(CorpusGoldenTests.CorpusFolder(), "written"), "case.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => CorpusEvaluator.Parse(File.ReadAllText(f)))
            .ToList(),
        new DetectionOptions());

    public static TheoryData<string> Checks() => new(CheckIds.All);

    [Theory]
    [MemberData(nameof(Checks))]
    public void Evaluate_ReachesRecallAndPrecisionTargets_ForEveryCheck(string check)
    {
        var score = Written.Checks.Single(c => c.Check == check);

        Assert.True(score.Artifacts >= 8, $"The written corpus has {score.Artifacts} labels for {check}; the targets need at least 8 to mean anything.");
        Assert.True(score.Recall >= 0.9, $"{check}: recall {score.Recall:0.00}; missed: {string.Join("; ", Written.Misses)}");
        Assert.True(score.Precision >= 0.8, $"{check}: precision {score.Precision:0.00}; false alarms: {string.Join("; ", Written.FalseAlarms)}");
    }

    [Fact]
    public void Evaluate_RaisesFewerThanOneFindingPerThousandWords_OnCleanText()
    {
        Assert.True(Written.Clean.Words >= 3000, $"The clean editions hold {Written.Clean.Words} words; at least 3,000 are needed to measure.");
        Assert.True(Written.CleanFindingsPerThousandWords < 1, Written.Format(details: true));
    }
}

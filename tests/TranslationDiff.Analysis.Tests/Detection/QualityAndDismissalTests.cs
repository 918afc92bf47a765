using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class QualityAndDismissalTests
{
    [Fact]
    public void Score_RanksWorstEditionFirst_WhenPenaltiesDiffer()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Troops).PivotEdition("en", "A total of 8.000 troops went to the the Kursk region, said Washington.").Build();
        var findings = new[] { Finding("en", Severity.Major), Finding("en", Severity.Minor), Finding("fr", Severity.Minor) };

        var scores = QualityScorer.Score(context.Editions, findings);

        Assert.Equal("en", scores[0].Language);
        Assert.Equal(6, scores[0].Penalty);
        Assert.Equal(Math.Round(6000.0 / context.Editions[1].WordCount, 2), scores[0].PenaltyPerThousandWords);
    }

    [Fact]
    public void Fingerprint_IsUnchanged_WhenSameTextInAnotherRunAndParagraph()
    {
        var first = new ContextBuilder().Edition("fr", Samples.Containers)
            .PivotEdition("en", "Russia bought 16,500 containers from Korea. of the North since September 2023.").Build();
        var second = new ContextBuilder().Edition("fr", Samples.Troops, Samples.Containers)
            .PivotEdition("en", "A total of 8,000 troops went to Kursk, according to Washington.", "Russia bought 16,500 containers from Korea. of the North since September 2023.").Build();
        var detector = new BrokenSentenceDetector(new DetectionOptions());
        var dismissed = detector.Detect(first).Select(f => Dismissals.Fingerprint(f, first.Editions[1].Paragraphs[f.Paragraph].Text)).ToHashSet();

        var again = detector.Detect(second).ToList();

        var finding = Assert.Single(again);
        Assert.Equal(1, finding.Paragraph);
        Assert.Contains(Dismissals.Fingerprint(finding, second.Editions[1].Paragraphs[finding.Paragraph].Text), dismissed);
    }

    private static Finding Finding(string language, Severity severity) =>
        new() { Check = "numbers", Category = "accuracy/mistranslation", Language = language, Severity = severity, Message = "m" };
}

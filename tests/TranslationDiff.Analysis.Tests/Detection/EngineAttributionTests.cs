using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class EngineAttributionTests
{
    [Fact]
    public void Attribute_MarksFindingOnlyOneRouteShows_AndKeepsSharedOnes()
    {
        var detector = new BrokenSentenceDetector(new DetectionOptions());
        const string english = "A situation that the South Korean neighbour is monitoring closely. “The fact that the North is gaining combat experience creates a serious risk for our national security,” the head of the war said. Yoon Suk Yeol State.";
        var viaSpanish = new ContextBuilder().Edition("fr", Samples.Yoon).PivotEdition("en", english).Build();
        var direct = new ContextBuilder()
            .Edition("fr", (Samples.Yoon.Text, "A situation that the South Korean neighbour is watching closely. “The fact that the North gains combat experience creates a serious risk for our national security”, the head of state, Yoon Suk Yeol, said."))
            .PivotEdition("en", english).Build();
        var primary = detector.Detect(viaSpanish).ToList();
        var secondary = detector.Detect(direct).ToList();
        var lonely = new Finding { Check = CheckIds.LowercasedName, Category = Categories.Spelling, Language = "en", Paragraph = 0, Start = 3, Length = 4, Severity = Severity.Major, Message = "m" };

        var attributed = new EngineAttribution().Attribute([.. primary, lonely], secondary, "fr>en");

        Assert.Equal(primary[0].Message, attributed[0].Message);
        Assert.StartsWith(EngineAttribution.Marker, attributed[1].Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Minor, attributed[1].Severity);
        Assert.Equal(FindingAttribution.Edition, attributed[0].Attribution);
        Assert.Equal(FindingAttribution.Engine, attributed[1].Attribution);
    }

    [Fact]
    public void EveryCheck_IsClassified_AsReadingPivotTextsOrOnlyItsOwnText()
    {
        Assert.Empty(EngineAttribution.PivotDependent.Intersect(EngineAttribution.OwnText));
        Assert.Equal(CheckIds.All.Order(StringComparer.Ordinal), EngineAttribution.PivotDependent.Union(EngineAttribution.OwnText).Order(StringComparer.Ordinal));
    }
}

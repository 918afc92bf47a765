using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class DetectorCatalogueTests
{
    [Fact]
    public void Create_HasOneDetectorPerCheckId()
    {
        var ids = DetectorCatalogue.Create(new DetectionOptions()).Select(d => d.Id).ToList();

        Assert.Equal(CheckIds.All.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Detect_ReturnsNothing_WhenCheckIsDisabled()
    {
        var options = new DetectionOptions { Disabled = { CheckIds.GluedWords } };
        var context = new ContextBuilder().Edition("fr", Samples.Video)
            .PivotEdition("en", "In a video broadcast by the CNN channelNorth Korean soldiers were lining up.").Build();

        Assert.Empty(new GluedWordsDetector(options).Detect(context));
        Assert.NotEmpty(new GluedWordsDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Run_IsolatesFailingCheck_WhenOneThrows()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Video)
            .PivotEdition("en", "In a video broadcast by the CNN channelNorth Korean soldiers were lining up.").Build();
        var runner = new DetectorRunner([new Throwing(), new GluedWordsDetector(new DetectionOptions())]);

        var (findings, problems) = runner.Run(context);

        Assert.Single(findings);
        Assert.Equal("broken", Assert.Single(problems).Subject);
    }

    private sealed class Throwing : IArtifactDetector
    {
        public string Id => "broken";

        public IEnumerable<Core.Model.Finding> Detect(DetectionContext context) => throw new InvalidOperationException("boom");
    }

    public static TheoryData<string> OddContexts() => new(["empty-paragraphs", "no-groups", "missing-reference", "bad-indices", "punctuation-only"]);

    [Theory]
    [MemberData(nameof(OddContexts))]
    public void Run_RaisesNoProblem_WhenInputIsOdd(string kind)
    {
        var builder = kind switch
        {
            "empty-paragraphs" => new ContextBuilder().Edition("fr", ("", ""), (" ", " ")).PivotEdition("en", "", "."),
            "missing-reference" => new ContextBuilder(reference: "de").Edition("fr", Samples.Troops).PivotEdition("en", "8.000 troops. of the North"),
            "bad-indices" => new ContextBuilder().Edition("fr", Samples.Troops).PivotEdition("en", "8.000 troops.").Group("1-1", ("fr", [0, 7]), ("en", [3])),
            "punctuation-only" => new ContextBuilder().Edition("fr", ("« » ( ) … . , ; 1 000 000 000 000 000 000 000 000 000", "« » ( ) … . ,")).PivotEdition("en", "“ ” ( . . . ! ? 1,000,000,000,000,000,000,000,000,000"),
            _ => new ContextBuilder().Edition("fr", Samples.Troops).PivotEdition("en", "A total of 8,000 troops."),
        };
        var context = builder.Build();
        if (kind == "no-groups")
        {
            context = new DetectionContext { Editions = context.Editions, Groups = [], PivotLanguage = "en", ReferenceLanguage = "fr" };
        }

        var (_, problems) = new DetectorRunner(DetectorCatalogue.Create(new DetectionOptions())).Run(context);

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }
}

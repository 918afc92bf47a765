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
}

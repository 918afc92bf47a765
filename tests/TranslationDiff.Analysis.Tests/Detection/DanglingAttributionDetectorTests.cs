using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class DanglingAttributionDetectorTests
{
    private static readonly DetectionOptions Options = new();

    private static ContextBuilder Builder(string english) => new ContextBuilder()
        .Edition("fr", ("Mais pour Yang Moo-jin, président de l'université, interrogé par l'AFP, le tir visait à détourner l'attention.", "But for Yang Moo-jin, president of the university, interrogated by the AFP, the shot aimed to divert the attention."))
        .PivotEdition("en", english);

    [Fact]
    public void Detect_FlagsToName_WhenItHangsBetweenCommasAndOthersHaveAVerb()
    {
        var context = Builder("But according to Yang Moo-jin, president of the university, to AFP, the launch was meant to divert attention.").Build();

        var finding = Assert.Single(new DanglingAttributionDetector(Options).Detect(context));

        Assert.Equal(("en", "to AFP"), (finding.Language, finding.Text));
        Assert.Equal(Categories.Grammar, finding.Category);
        Assert.Contains("interrogated by the AFP", finding.Evidence["fr"], StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_FindsNothing_WhenAVerbGovernsTheName()
    {
        var context = Builder("But Yang Moo-jin, president of the university, told AFP that the launch was meant to divert attention.").Build();

        Assert.Empty(new DanglingAttributionDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenNoOtherEditionHasAVerbBeforeTheName()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les colis, envoyés à Paris, à Lyon et à Lille, sont arrivés.", "The parcels, sent to Paris, to Lyon and to Lille, arrived."))
            .PivotEdition("en", "The parcels, sent to Paris, to Lyon, and to Lille, arrived.")
            .Build();

        Assert.Empty(new DanglingAttributionDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenThePhraseContinuesAList()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La ministre s'est rendue à Rome, à Madrid et à Lisbonne.", "The minister went to Rome, travelled to Madrid and to Lisbon."))
            .PivotEdition("en", "The minister travelled to Rome, to Madrid, to Lisbon.")
            .Build();

        Assert.Empty(new DanglingAttributionDetector(Options).Detect(context));
    }
}

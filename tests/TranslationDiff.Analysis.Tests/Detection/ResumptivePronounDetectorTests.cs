using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class ResumptivePronounDetectorTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void Detect_FlagsPronoun_WhenRelativeClauseRepeatsItsObject()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Il s'agit d'une bombe nucléaire, que le dirigeant possède, mais qu'il voudrait rendre plus efficace.", "It is of a nuclear bomb, that the leader possesses, but that it would want to give more effective."))
            .PivotEdition("en", "It is a nuclear bomb, which the leader has, but that he would like to make it more effective.")
            .Build();

        var finding = Assert.Single(new ResumptivePronounDetector(Options).Detect(context));

        Assert.Equal(("en", "that he would like to make it"), (finding.Language, finding.Text));
        Assert.Equal(Categories.Grammar, finding.Category);
    }

    [Fact]
    public void Detect_FindsNothing_WhenOtherEditionsHaveThePronounToo()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le ministre a dit qu'il voulait le rendre plus efficace.", "The minister has said that it wanted to make it more effective."))
            .PivotEdition("en", "The minister said that he wanted to make it more effective.")
            .Build();

        Assert.Empty(new ResumptivePronounDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("Le plan, qui rend le port plus sûr, a été adopté.", "The plan, that makes the port more sure, has been adopted.", "The plan, which makes it safer for ships, was adopted.")]
    [InlineData("Ils dépendent des pompiers, qui les forment et les équipent, mais ont un autre métier.", "They depend on the fire service, which trains and equips, but have another job.", "They come under the fire service, which trains and equips them, but have other jobs.")]
    public void Detect_FindsNothing_WhenTheRelativeIsTheSubject(string french, string frenchPivot, string english)
    {
        var context = new ContextBuilder()
            .Edition("fr", (french, frenchPivot))
            .PivotEdition("en", english)
            .Build();

        Assert.Empty(new ResumptivePronounDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenNoOtherEditionHasTheAnchorWords()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Un projet que la mairie trouve difficile à financer.", "A project that the town hall finds difficult to fund."))
            .PivotEdition("en", "It is a project which the council finds it hard to pay for.")
            .Build();

        Assert.Empty(new ResumptivePronounDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenButThatCoordinatesAReportedClause()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("La consellera va dir que el Govern va oferir ajuts a l'empresa, però que la direcció no els havia volgut estudiar.", "The minister said that the Government offered aid to the company, but that the management had not wanted to study the offer."))
            .PivotEdition("en", "The minister said the government offered aid to the company, but that the management had not wanted to study it.")
            .Build();

        Assert.Empty(new ResumptivePronounDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FlagsPronoun_WhenButThatCoordinatesARelativeAfterAReportingVerb()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Il explique qu'il s'agit d'une bombe, que le dirigeant possède, mais qu'il voudrait rendre plus efficace.", "He explains that it is of a bomb, that the leader possesses, but that it would want to give more effective."))
            .PivotEdition("en", "He explains that it is a bomb, which the leader has, but that he would like to make it more effective.")
            .Build();

        var finding = Assert.Single(new ResumptivePronounDetector(Options).Detect(context));

        Assert.Equal("that he would like to make it", finding.Text);
    }

    [Theory]
    [InlineData("It signed a contract that nobody knows how to respect.", "that nobody knows how it will honour it")]
    [InlineData("It signed a contract that nobody knows how to respect it.", null)]
    public void Detect_ReadsTheOtherEditionsRelativeClause_WhenTheirEnginesRenderTheVerbOtherwise(string frenchPivot, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Elle a signé un contrat que personne ne sait comment honorer.", frenchPivot))
            .PivotEdition("en", "She signed a contract that nobody knows how it will honour it.")
            .Build();

        var findings = new ResumptivePronounDetector(Options).Detect(context).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}

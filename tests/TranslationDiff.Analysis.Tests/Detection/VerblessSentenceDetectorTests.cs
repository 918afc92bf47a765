using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class VerblessSentenceDetectorTests
{
    private static readonly DetectionOptions Options = new();

    private static readonly (string, string?) French = (
        "Pyongyang va renforcer son arsenal. Une situation que le voisin sud-coréen surveille de près, alors que les deux pays sont toujours en guerre.",
        "Pyongyang goes to reinforce his arsenal. A situation that the neighbour surcoreano watches closely, whereas both countries are always in war.");

    [Fact]
    public void Detect_FlagsNounAndRelativeClause_WhenNoMainVerbFollows()
    {
        var context = new ContextBuilder()
            .Edition("fr", French)
            .PivotEdition("en", "Pyongyang will strengthen its arsenal. A situation that the South Korean neighbor is monitoring closely, while the two countries are still at war.")
            .Build();

        var finding = Assert.Single(new VerblessSentenceDetector(Options).Detect(context));

        Assert.Equal(("en", "A situation that the South Korean neighbor is monitoring closely"), (finding.Language, finding.Text));
        Assert.Equal(Categories.Grammar, finding.Category);
    }

    [Theory]
    [InlineData("Pyongyang will strengthen its arsenal. A situation that the South Korean neighbor is monitoring closely is worrying, as the two countries are still at war.")]
    [InlineData("Pyongyang will strengthen its arsenal. The crisis that began two years ago put the neighbours to the test, as the two countries are still at war.")]
    public void Detect_FindsNothing_WhenTheSentenceHasAMainVerb(string english)
    {
        var context = new ContextBuilder()
            .Edition("fr", French)
            .PivotEdition("en", english)
            .Build();

        Assert.Empty(new VerblessSentenceDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenTheHeadHoldsAPresentVerbBeforeItsObject()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("L'obra segueix tres germanes que tornen a la casa familiar.", "The work follows three sisters that return to the family house."))
            .PivotEdition("en", "The play follows three sisters who return to the family home.")
            .Build();

        Assert.Empty(new VerblessSentenceDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenTheOriginalHasAFullSentence()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("L'homme qui a gagné la course. Il vit à Brest.", "The man who has won the race. It lives in Brest."))
            .PivotEdition("en", "The man who won the race. He lives in Brest.")
            .Build();

        Assert.Single(new VerblessSentenceDetector(Options).Detect(context));

        var full = new ContextBuilder()
            .Edition("fr", ("Le coureur a gagné la course que tout le monde attendait. Il vit à Brest.", "The runner has won the race that everybody expected. It lives in Brest."))
            .PivotEdition("en", "The race that everybody expected. He lives in Brest.")
            .Build();

        Assert.Empty(new VerblessSentenceDetector(Options).Detect(full));
    }

    [Fact]
    public void Detect_FindsNothing_WhenAVerbOfSayingPrecedesThat()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le ministre a insisté que le plan était prêt.", "The minister has insisted that the plan was ready."))
            .PivotEdition("en", "The minister insisted that the plan was ready.")
            .Build();

        Assert.Empty(new VerblessSentenceDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("The mayor backs the plan. A project that she defends with passion: \"The town needs it.\"", "A project that she defends with passion")]
    [InlineData("The mayor backs the plan. A project that she has defended with passion is now law.", null)]
    public void Detect_EndsTheFragmentAtAColon_ThatOpensAQuotation(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La maire soutient le plan. Un projet qu'elle défend avec passion : « La ville en a besoin. »", "The mayor supports the plan. A project that she defends with passion: « The town needs it. »"))
            .PivotEdition("en", english)
            .Build();

        var findings = new VerblessSentenceDetector(Options).Detect(context).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("The strike lasted a month. A stoppage that cost the sector some 400 million in lost orders.", "A stoppage that cost the sector some 400 million in lost orders")]
    [InlineData("The strike lasted a month. A stoppage that cost the workers who had joined it a month's pay.", "A stoppage that cost the workers who had joined it a month's pay")]
    [InlineData("The strike lasted a month. A stoppage that began in March cost the sector some 400 million.", null)]
    public void Detect_CountsTheRelativeClausesOwnVerb_ButNotAParticipleAfterAPrepositionOrANestedClause(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("es", ("La huelga duró un mes. Un paro que costó al sector unos 400 millones en pedidos perdidos.", "The strike lasted a month. A stoppage that cost to the sector some 400 million in lost orders."))
            .PivotEdition("en", english)
            .Build();

        var findings = new VerblessSentenceDetector(Options).Detect(context).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}

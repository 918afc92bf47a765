using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class PunctuationDetectorTests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("es", "Solo tuvo que zanjar un litigio : un jugador perdió.", "litigio :")]
    [InlineData("ca", "Només va haver de resoldre un litigi ; un jugador va perdre.", "litigi ;")]
    [InlineData("es", "Solo tuvo que zanjar un litigio: un jugador perdió.", null)]
    [InlineData("fr", "Il n'a eu à trancher qu'un litige : un joueur a perdu.", null)]
    public void Detect_ReportsFrenchSpacingBeforeMarks_InEveryLanguageButFrench(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (text, "…")).Build();

        var findings = new PunctuationDetector(new DetectionOptions()).Detect(context);

        // The finding covers the space and the mark; the word before it is added to read the expectation.
        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => text[WordStart(text, f.Start)..(f.Start + f.Length)]));
    }

    private static int WordStart(string text, int start)
    {
        var i = start;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    [Fact]
    public void Detect_FindsDateBetweenCommas_InEnglish()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Pékin a insisté, jeudi 31 octobre, sur le fait que ces liens ne la concernaient pas.", "Peking has insisted, Thursday 31 October, on the fact."))
            .PivotEdition("en", "Beijing insisted, Thursday, October 31, that the links did not concern it. Talks are set for Monday, Tuesday and Wednesday.")
            .Build();

        var finding = Assert.Single(new PunctuationDetector(Options).Detect(context));

        Assert.Equal((", Thursday, October 31,", Categories.DateFormat), (finding.Text, finding.Category));
    }

    [Theory]
    [InlineData("es", "La reunión será el jueves, 8 de mayo, en Madrid.", "jueves, 8")]
    [InlineData("es", "«Quién pagará todo esto?», se pregunta la oposición.", "Quién pagará todo esto?")]
    [InlineData("es", "Las obras de la calle de la Força,que ya duran un año.", "Força,")]
    [InlineData("fr", "«Ce n'était pas un cambriolage», a dit le commissaire.", "«Ce n'était pas un cambriolage»")]
    [InlineData("fr", "La réunion aura lieu octobre 31, 2024 à Paris.", "octobre 31, 2024")]
    [InlineData("fr", "Qui paiera la facture l'été prochain? Personne ne le sait.", "prochain?")]
    [InlineData("fr", "Le maire l'a dit: il partira.", "dit:")]
    public void Detect_FindsForeignConvention_InRomanceEdition(string language, string text, string expected)
    {
        var context = new ContextBuilder(reference: "en").PivotEdition("en", "The original text.").Edition(language, (text, "The translation.")).Build();

        var finding = Assert.Single(new PunctuationDetector(Options).Detect(context));

        Assert.Equal(expected, finding.Text);
    }

    [Theory]
    [InlineData("es", "«¿Quién pagará todo esto?», se pregunta la oposición el jueves 8 de mayo.")]
    [InlineData("fr", "« Ce n'était pas un cambriolage », a dit le commissaire jeudi 8 mai : il a 1,5 million.")]
    [InlineData("fr", "Qui paiera la facture l'été prochain ? Personne, voir https://example.org à 10:30.")]
    [InlineData("en", "On Thursday, October 31, Beijing said “no”; the talks, on Monday, Tuesday and Friday, went on.")]
    public void Detect_FindsNothing_WhenConventionsAreKept(string language, string text)
    {
        var context = new ContextBuilder(reference: "de").Edition("de", ("Der Originaltext.", "The original text.")).Edition(language, (text, "The translation.")).Build();

        Assert.Empty(new PunctuationDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_LeavesOriginalAlone()
    {
        var context = new ContextBuilder(reference: "fr").Edition("fr", ("«Ce n'était pas un cambriolage», a dit le commissaire.", "It was not."))
            .PivotEdition("en", "It was not a burglary, he said.").Build();
        var withOriginal = new TranslationDiff.Core.Detection.DetectionContext
        {
            Editions = context.Editions, Groups = context.Groups, PivotLanguage = "en", ReferenceLanguage = "fr", OriginalLanguage = "fr",
        };

        Assert.Empty(new PunctuationDetector(Options).Detect(withOriginal));
    }

    [Fact]
    public void Detect_ReportsOneFindingPerQuotation_WhenEnglishUsesGuillemets()
    {
        var context = new ContextBuilder(reference: "fr").Edition("fr", ("« Non », a-t-il dit.", "« No », he said."))
            .PivotEdition("en", "«No», he said, and « never ».").Build();

        var findings = new PunctuationDetector(Options).Detect(context).ToList();

        Assert.Equal(["«", "«"], findings.Select(f => f.Text));
        Assert.Equal([0, 19], findings.Select(f => f.Start));
    }

    [Fact]
    public void Detect_ReportsLoneClosingGuillemet_InEnglish()
    {
        var context = new ContextBuilder(reference: "fr").Edition("fr", ("Non », a-t-il dit.", "No », he said."))
            .PivotEdition("en", "No», he said.").Build();

        var finding = Assert.Single(new PunctuationDetector(Options).Detect(context));

        Assert.Equal("»", finding.Text);
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>French administrative units English writes as they are: not words left untranslated.</summary>
public class UntranslatedLoansTests
{
    [Theory]
    [InlineData("Three libraries, in the 3rd and 9th arrondissements, will also open on Saturdays.", "arrondissements", null)]
    [InlineData("Three bibliothèques, in the 3rd and 9th districts, will also open on Saturdays.", "bibliothèques", "bibliothèques")]
    public void Untranslated_TakesArrondissementAsEnglish(string english, string unknown, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Trois bibliothèques, dans les 3e et 9e arrondissements, ouvriront également le samedi.", "Three libraries, in the 3rd and 9th arrondissements, will also open on Saturday."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = [unknown];

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Los titulares de season tickets podrán reclamar un descuento.", "season")]
    [InlineData("Los titulares de abonos podrán reclamar un descuento.", null)]
    public void Untranslated_DoesNotTakeASentencesCapitalisedFirstWordForAName(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Season ticket holders will be able to claim a discount.")
            .Edition("es", (spanish, "The holders of season tickets will be able to claim a discount."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = expected is null ? ["abonos"] : ["season"];

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El roquefort hi tindrà un lloc destacat.", "Roquefort will take pride of place.", null)]
    public void Untranslated_TakesAWordAnotherTranslationKeepsInAnotherCaseAsKeptOnPurpose(string catalan, string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le roquefort sera à l'honneur.", "The roquefort will be at the honour."))
            .PivotEdition("en", english)
            .Edition("ca", (catalan, "The roquefort will have a featured place."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["roquefort"];
        context.Editions[2].Paragraphs[0].UnknownToLanguage = ["roquefort"];

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Untranslated_TakesHauteAsEnglish()
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les maisons de haute couture cherchent des tisserands.", "The houses of haute couture look for weavers."))
            .PivotEdition("en", "Paris haute couture houses are looking for weavers.")
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["haute"];

        Assert.DoesNotContain(new UntranslatedDetector(new DetectionOptions()).Detect(context), f => f.Language == "en");
    }

    [Theory]
    [InlineData("Lo anunció el martes su gestora. Highlands and Islands Airports Limited explicó que el proyecto estaba aprobado.", null)]
    [InlineData("Lo anunció el martes su gestora. La empresa explicó and que el proyecto estaba aprobado.", "and")]
    public void Untranslated_TakesASourceLinkBetweenCapitalsAsPartOfANameAtASentenceStart(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Its operator announced it on Tuesday. Highlands and Islands Airports Limited said the project had been approved.")
            .Edition("es", (spanish, "His manager announced it on Tuesday. Highlands and Islands Airports Limited explained that the project was approved."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["Highlands", "and", "Islands", "Airports", "Limited"];
        context.Editions[1].Paragraphs[0].UnknownToLanguage = ["Highlands", "and", "Islands", "Airports", "Limited"];

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

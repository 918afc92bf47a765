using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 119: false alarms of blind118–121.</summary>
public class Round119Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("The club wants floodlights, something it had been calling for for years.", false)]
    [InlineData("The club wants floodlights, something it had been calling for for the council.", true)]
    public void DoubledWord_LeavesForBeforeADuration(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El club quiere focos, algo que reclamaba desde hace años.", "The club wants spotlights, something that it demanded for years."))
            .PivotEdition("en", english)
            .Build();

        var findings = new DoubledWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The ponds were later used as oyster beds before being all but abandoned.", false)]
    [InlineData("The ponds were later used as oyster beds before being abandoned.", true)]
    public void OmittedWord_TakesAllButForAlmost(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les bassins ont ensuite servi de parcs à huîtres avant d'être presque abandonnés.", "The basins have then served as oyster parks before being almost abandoned."))
            .PivotEdition("en", english)
            .Edition("es", ("Los estanques se usaron después como parques de ostras antes de quedar casi abandonados.", "The ponds were used later like parks of oysters before remaining almost abandoned."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("“almost”", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The bakery will open from 7am to 1.30pm.", false)]
    [InlineData("The bakery will open from 7am to 2.30pm.", true)]
    public void Numbers_ReadsCatalanQuartersWithNoPartOfTheDayOnBothHalves(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El forn obrirà de les set del matí a dos quarts de dues.", "The oven will open of the seven of the morning at two quarters of two."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("For Martine Jeunet, 71, admitted to cardiology last week, the strike's end is a relief.", false)]
    [InlineData("The hospital envisages to hire four nurses.", true)]
    public void Calque_LeavesAPatientAdmittedToAWard(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Pour Martine Jeunet, 71 ans, hospitalisée en cardiologie, l'hôpital envisage de recruter.", "For Martine Jeunet, 71 years, hospitalised in cardiology, the hospital considers to recruit."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void NamedEntity_TakesBayOfRosesAsTheEnglishName()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Els canals desemboquen a la badia de Roses, a l'Alt Empordà.", "The canals flow into the bay of Roses, at the Alt Empordà."))
            .Edition("es", ("Los canales desembocan en la Bahía de Roses, en el Alt Empordà.", "The canals flow into the Bay of Roses, in the Alt Empordà."))
            .PivotEdition("en", "The canals open onto the Bay of Roses, in the Alt Empordà.")
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Roses", "Alt", "Empordà"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Roses", "Alt", "Empordà"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("word-for-word", StringComparison.Ordinal));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Residents of the association Bien vivre en Porcien say the turbines hum at night.", false)]
    [InlineData("Residents of the association say les éoliennes bourdonnent la nuit.", true)]
    public void Untranslated_ReadsANameFromItsFirstCapital(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les riverains de l'association Bien vivre en Porcien disent que les éoliennes bourdonnent la nuit.", "The residents of the association Good living in Porcien say that the wind turbines hum the night."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Porcien"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Porcien", "Bien", "vivre", "en", "les", "éoliennes", "bourdonnent", "la", "nuit"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }
}

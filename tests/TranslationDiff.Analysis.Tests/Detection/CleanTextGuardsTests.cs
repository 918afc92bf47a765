using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 51: careful translations that drew findings (negation and "only" said in other words, name order and spelling, museums and public bodies).</summary>
public class CleanTextGuardsTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void OmittedWord_TakesDeclinedTo_AsTheNegation()
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les services de la préfecture de l'Aude n'ont pas souhaité commenter le retard.", "The services of the prefecture of the Aude have not wished to comment the delay."))
            .Edition("ca", ("Els serveis de la prefectura de l'Aude no han volgut comentar el retard.", "The services of the prefecture of the Aude have not wanted to comment the delay."))
            .PivotEdition("en", "Officials at the Aude prefecture declined to comment on the delay.")
            .Build();

        Assert.DoesNotContain(new OmittedWordDetector(Options).Detect(context), f => f.Language == "en");
    }

    [Fact]
    public void OmittedWord_TakesNothingBut_AsOnly()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("«Si no fem res, d'aquí a deu anys aquí només hi haurà canyes», diu Fabra.", "«If we do nothing, from here to ten years here only there will be reeds», says Fabra."))
            .Edition("es", ("«Si no hacemos nada, dentro de diez años aquí solo quedarán cañas», dice Fabra.", "«If we do nothing, within ten years here only will remain reeds», says Fabra."))
            .PivotEdition("en", "“If we do nothing, in ten years' time there will be nothing but reeds left here,” Fabra says.")
            .Build();

        Assert.DoesNotContain(new OmittedWordDetector(Options).Detect(context), f => f.Language == "en");
    }

    [Fact]
    public void WordOrder_LeavesFrenchPropresBeforeItsNoun()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Los ayuntamientos buscan soluciones propias para el transporte.", "The town halls look for own solutions for the transport."))
            .Edition("fr", ("Les communes cherchent leurs propres solutions pour le transport.", "The communes look for their own solutions for the transport."))
            .Build();

        Assert.Empty(new WordOrderDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("The bus stops outside the Dalí Theatre-Museum every hour.", "Theatre-Museum Dalí", null)]
    [InlineData("The bus stops outside the Museum Dalí every hour.", "Dalí Museum", "Museum Dalí")]
    public void WordOrder_TakesANameBeforeTheMuseumItNames_AsEnglishOrder(string english, string pivots, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le bus s'arrête devant le Théâtre-Musée Dalí toutes les heures.", $"The bus stops in front of the {pivots} every hour."))
            .Edition("es", ("El autobús para delante del Teatro-Museo Dalí cada hora.", $"The bus stops in front of the {pivots} every hour."))
            .PivotEdition("en", english)
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "en").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("Mathilde Roumegoux", "Mathilde Roumégoux", "Mathilde Roumégoux", "Mathilde Roumegoux")]
    [InlineData("Kim Jong Un", "Kim Jong-un", "Kim Jong-un", "Kim Jong-un")]
    public void NameConsistency_KeepsTheOtherEditionsAccents_ButNotTheirConventions(string first, string second, string others, string expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ($"Lundi, {others} a parlé longuement.", "…"), ($"Pour {others}, la solution est la vente directe.", "…"))
            .PivotEdition("en", $"On Monday, {first} spoke at length.", $"For {second}, the answer is direct sales.")
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("elsewhere in this edition", StringComparison.Ordinal));

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Fact]
    public void KeptNames_TakesAnEnglishMuseumName_AsTheEditionsOwn()
    {
        var builder = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El Museo de la Minería y de la Industria, en El Entrego, custodiará las grabaciones.", "The Museum of the Minería and of the Industry, in El Entrego, will keep the recordings."))
            .Edition("ca", ("El Museu de la Mineria i de la Indústria, a El Entrego, custodiarà els enregistraments.", "The Museum of the Mineria and of the Industry, to El Entrego, will keep the recordings."))
            .PivotEdition("en", "The Mining and Industry Museum in El Entrego will keep the recordings.");
        builder["es"].Paragraphs[0].UnknownWords = ["Minería"];
        builder["ca"].Paragraphs[0].UnknownWords = ["Mineria"];
        builder["en"].Paragraphs[0].UnknownWords = ["Entrego"];
        var context = builder.Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Language == "en");
    }

    [Fact]
    public void PartlyTranslatedNames_LeavesAPublicBodysPlaceInTheEditionsOwnForm()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El consorcio presentará la propuesta ante la Junta de Castilla y León el 12 de marzo.", "The consortium will present the proposal before the Board of Castile and Leon on 12 March."))
            .PivotEdition("en", "The consortium will submit the proposal to the Junta de Castilla y León on 12 March.")
            .Edition("ca", ("El consorci presentarà la proposta davant la Junta de Castella i Lleó el 12 de març.", "The consortium will present the proposal in front of the Board of Castile and Leon on 12 March."))
            .Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Language == "ca");
    }

    [Fact]
    public void Untranslated_TakesPerAsEnglish_InAUnitItSharesWithCatalan()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La salinitat d'alguns canals va arribar als 6 grams per litre a finals d'agost.", "The salinity of some canals arrived to the 6 grams by litre at the end of August."))
            .PivotEdition("en", "Salinity in some channels reached 6 grams per litre at the end of August.")
            .Build();

        Assert.DoesNotContain(new UntranslatedDetector(Options).Detect(context), f => f.Language == "en");
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class DanglingAttributionDetectorTests
{
    private static readonly DetectionOptions Options = new();

    private static ContextBuilder Builder(string english) => new ContextBuilder()
        .Edition("fr", ("Mais pour Yang Moo-jin, président de l'université, interrogé par l'AFP, le tir visait à détourner l'attention.", "But for Yang Moo-jin, president of the university, interrogated by the AFP, the shot aimed to divert the attention."))
        .PivotEdition("en", english);

    [Theory]
    [InlineData("« Je n'ai rien caché », a assuré Mme Marchetti à l'AFP à la sortie.", "« I have not hidden anything », has ensured Mrs Marchetti to the AFP to the exit.", "“I hid nothing,” Mrs Marchetti, to AFP, as she left.", ", to AFP,")]
    [InlineData("«Avui el vent ens ha fet patir», va explicar Quintero a Catalunya Ràdio a l'arribada.", "«Today the wind made us suffer», explained Quintero to Catalonia Ràdio at the arrival.", "\"Today the wind made us suffer,\" Quintero, to Catalunya Ràdio, at the finish.", ", to Catalunya Ràdio,")]
    [InlineData("« Le projet n'est pas mort », a assuré à La Voix du Nord le directeur.", "« The project has not died », ensured to the newspaper The Voix du Nord the director.", "“The project is not dead,” to La Voix du Nord, the director said.", "to La Voix du Nord")]
    public void Detect_FindsTheLostVerb_WhenTheSpeakerStandsAfterItOrTheEngineTranslatedPartOfTheName(string original, string pivot, string english, string expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", (original, pivot))
            .PivotEdition("en", english)
            .Build();

        var finding = Assert.Single(new DanglingAttributionDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(expected.Trim(',', ' '), finding.Text.Trim(',', ' '));
    }

    [Fact]
    public void Detect_FlagsToName_WhenItHangsBetweenCommasAndOthersHaveAVerb()
    {
        var context = Builder("But according to Yang Moo-jin, president of the university, to AFP, the launch was meant to divert attention.").Build();

        var finding = Assert.Single(new DanglingAttributionDetector(Options).Detect(context));

        Assert.Equal(("en", "to AFP"), (finding.Language, finding.Text));
        Assert.Equal(Categories.Grammar, finding.Category);
        Assert.Contains("interrogated by the AFP", finding.Evidence["fr"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The spokesman, surgeon Andrés Peñalba, to the Efe agency, that the staff lacks doctors.", "to the Efe agency")]
    [InlineData("The spokesman, surgeon Andrés Peñalba, told the Efe agency that the staff lacks doctors.", null)]
    public void Detect_TakesAnOutletsCommonNounWithItsName(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El portavoz, el cirujano Andrés Peñalba, explicó a la agencia Efe que faltan médicos.", "The spokesman, the surgeon Andrés Peñalba, explained to the agency Efe that doctors are lacking."))
            .Edition("fr", ("Le porte-parole, le chirurgien Andrés Peñalba, a expliqué à l'agence Efe que les médecins manquent.", "The spokesman, the surgeon Andrés Peñalba, has explained to the agency Efe that the doctors lack."))
            .PivotEdition("en", english)
            .Build();

        var findings = new DanglingAttributionDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
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

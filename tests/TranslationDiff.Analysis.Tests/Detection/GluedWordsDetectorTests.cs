using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class GluedWordsDetectorTests
{
    private static readonly GluedWordsDetector Detector = new(new DetectionOptions());

    [Fact]
    public void Detect_FindsCaseChangeInsideWord_WhenOtherEditionsDoNotHaveIt()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Video)
            .PivotEdition("en", "In a video broadcast by the CNN channelNorth Korean soldiers were lining up to receive equipment.").Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("channelNorth", "en", Categories.Spelling), (finding.Text, finding.Language, finding.Category));
        Assert.Contains("channel North", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He scored with a shot fromoutside the box.", "fromoutside")]
    [InlineData("The winegrowers and viticultores met.", null)]
    [InlineData("He scored thanksto a shot from outside the area.", "thanksto")]
    [InlineData("He scored with a shot from outside inthe area.", "inthe")]
    [InlineData("He scored with a shot from outside ofit, the area.", "ofit")]
    [InlineData("The fish are turned intofertiliser at the plant.", "intofertiliser")]
    [InlineData("The shot came duringovertime, from outside the area.", "duringovertime")]
    [InlineData("He blamed overfishing for the shot from outside the area.", null)]
    public void Detect_FindsAFunctionWordGluedToTheNextWord_WhenTheDictionaryLacksTheToken(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Marcó gracias a un disparo desde fuera del área.", "He scored thanks to a shot from outside the area."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["fromoutside", "viticultores", "thanksto", "inthe", "ofit", "intofertiliser", "duringovertime", "overfishing"];
        context.Editions[1].Paragraphs[0].KnownParts = ["fertiliser", "overtime", "fishing"];

        var findings = new GluedWordsDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("They had 8000troops at the border.", "8000troops")]
    [InlineData("It happened in2023 at the border.", "in2023")]
    [InlineData("The deal costs€5 per unit.", "costs€5")]
    [InlineData("The strike began on 3March, and March was a hard month.", "3March")]
    [InlineData("The river last flooded in June2016 after heavy rain.", "June2016")]
    [InlineData("The works should be finished before May15.", "May15")]
    public void Detect_FindsLettersGluedToDigitsOrCurrency(string english, string expected)
    {
        var context = new ContextBuilder().Edition("fr", Samples.Troops).PivotEdition("en", english).Build();

        Assert.Equal(expected, Assert.Single(Detector.Detect(context)).Text);
    }

    [Theory]
    [InlineData("A video on YouTube shows the iPhone of McDonald in the 1950s, 10km away, on the 3rd day, at 10h30, for €5 or US$6.")]
    [InlineData("The F-16 and the A400M flew over the G7 summit with 5G phones.")]
    [InlineData("The 3D printer and the 4Runner were shown on 3 March.")]
    [InlineData("The Covid19 wards and the Euro2024 final were mentioned in June 2016.")]
    public void Detect_FindsNothing_WhenBrandsCodesUnitsAndOrdinals(string english)
    {
        var context = new ContextBuilder().Edition("fr", ("Une vidéo.", "A video.")).PivotEdition("en", english).Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenAnotherEditionWritesTheSameToken()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La société BlackRock et le service eBay.", "The company BlackRock and the service eBay."))
            .PivotEdition("en", "The firm BlackRock and the eBay service.").Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsCapitalisedGlue_WhenBothHalvesAreWordsOfTheTexts()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le ministre est arrivé à Séoul. Le président l'attendait.", "The minister has arrived to Seoul. The president awaited him."))
            .PivotEdition("en", "The minister arrived in SeoulThe president was waiting for him.").Build();

        Assert.Equal("SeoulThe", Assert.Single(Detector.Detect(context)).Text);
    }

    [Theory]
    [InlineData("Lacaze va guanyar la mànega iLa sortida va ser neta.", "iLa")]
    [InlineData("Lacaze va guanyar la mànega i La sortida va ser neta.", null)]
    [InlineData("Lacaze va guanyar la mànega amb un iPhone a la mà.", null)]
    [InlineData("La prova va començar à30 minuts de la final.", "à30")]
    [InlineData("Lacaze va guanyar la mànega aLa sortida.", "aLa")]
    [InlineData("Lacaze va guanyar la mànega el 50 aC a la sortida.", null)]
    public void Detect_FindsAOneLetterWordGluedToAWordOrANumber_ButNotABrandsInitial(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Lacaze a gagné la manche et La sortie était propre.", "Lacaze won the run and The exit was clean."))
            .Edition("ca", (catalan, catalan))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "ca").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void Detect_FindsAPrepositionGluedToAMonth()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The rink will open in February.")
            .Edition("fr", ("La piste ouvrira enfévrier.", "The track will open enfévrier."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["enfévrier"];

        Assert.Equal(["enfévrier"], Detector.Detect(context).Where(f => f.Language == "fr").Select(f => f.Text));
    }

    [Theory]
    [InlineData("es", "Cortaron el tráfico en lascalles del centro.", "lascalles", "calles", "lascalles")]
    [InlineData("es", "Cortaron el tráfico en lascalles del centro.", "lascalles", null, null)]
    [InlineData("ca", "Van tancar el trànsit durant unany sencer.", "unany", "any", "unany")]
    [InlineData("ca", "Van treballar sensecotxe tot l'estiu.", "sensecotxe", "cotxe", "sensecotxe")]
    [InlineData("fr", "Le projet a subi un surcoût important.", "surcoût", "coût", null)]
    [InlineData("es", "Trabajan las escogedoras del puerto.", "escogedoras", "cogedoras", null)]
    [InlineData("en", "They bought a tomme at the market.", "tomme", "mme", null)]
    [InlineData("fr", "Elle sera raccordée au mêmeréseau d'ici 2029.", "mêmeréseau", "réseau", "mêmeréseau")]
    [InlineData("es", "Lo conecta al mismored en 2029.", "mismored", "red", "mismored")]
    [InlineData("ca", "Han obert altrescentres aquest any.", "altrescentres", "centres", "altrescentres")]
    public void Detect_FindsAFunctionWordGluedToAWordTheDictionaryKnows_ButNotAPrefix(string language, string text, string unknown, string? knownPart, string? expected)
    {
        var builder = new ContextBuilder(reference: "de").Edition("de", ("Der Verkehr wurde gesperrt.", "Traffic was closed."));
        var context = (language == "en" ? builder.PivotEdition("en", text) : builder.Edition(language, (text, "Traffic was closed " + unknown + "."))).Build();
        var paragraph = context.Editions[1].Paragraphs[0];
        paragraph.UnknownWords = [unknown];
        paragraph.UnknownToLanguage = [unknown];
        paragraph.KnownParts = knownPart is null ? [] : [knownPart];

        var findings = Detector.Detect(context).Where(f => f.Language == language).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("Varroa is a mite that parasitises bees.", null)]
    [InlineData("Varroa is a mite that lives on bees.", "parasita")]
    public void Detect_FindsNoGlue_InAWordWhoseStemAnotherEditionWrites(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "en").PivotEdition("en", english)
            .Edition("es", ("La varroa es un ácaro que parasita a las abejas.", "The varroa is a mite that parasita to the bees.")).Build();
        var paragraph = context.Editions[1].Paragraphs[0];
        paragraph.UnknownWords = ["varroa", "parasita"];
        paragraph.UnknownToLanguage = ["varroa", "parasita"];
        paragraph.KnownParts = ["sita"];

        var findings = Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void Detect_FindsNoGlue_InAWordTheLanguagesDictionaryKnows()
    {
        // « surcoût » is unknown to the engine only; « coût » is a word of the texts.
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The extra cost exceeds the planned cost.")
            .Edition("fr", ("Le surcoût dépasse le coût prévu.", "The surcoût exceeds the planned cost."))
            .Build();
        var paragraph = context.Editions[1].Paragraphs[0];
        paragraph.UnknownWords = ["surcoût"];
        paragraph.UnknownToLanguage = [];

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "fr");
    }

    [Theory]
    [InlineData("ca", "Van exportar el mineral aAustràlia.", "aAustràlia", "aAustràlia")]
    [InlineData("en", "They sold refurbished iPhones.", "iPhones", null)]
    public void Detect_FindsAOneLetterFunctionWordGluedToANameTheDictionaryKnows(string language, string text, string token, string? expected)
    {
        var builder = new ContextBuilder(reference: "de").Edition("de", ("Sie verkauften es nach Australien.", "They sold it to Australia."));
        var context = (language == "en" ? builder.PivotEdition("en", text) : builder.Edition(language, (text, "They exported the ore " + token + "."))).Build();
        var paragraph = context.Editions[1].Paragraphs[0];
        paragraph.UnknownWords = [token];
        paragraph.KnownParts = [token[1..]];

        Assert.Equal(expected is null ? [] : [expected], Detector.Detect(context).Where(f => f.Language == language).Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsNoGlue_AfterAFunctionWordThatIsAlsoAPrefix_EvenWhenTheRestIsAWordOfTheTexts()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The silage and the extra cost.")
            .Edition("fr", ("L'ensilage du silage et le surcoût du coût.", "The ensilage of the silage and the surcoût of the cost."))
            .Build();
        var paragraph = context.Editions[1].Paragraphs[0];
        paragraph.UnknownWords = ["ensilage", "surcoût"];

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "fr");
    }
}

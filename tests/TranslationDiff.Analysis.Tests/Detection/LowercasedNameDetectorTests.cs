using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class LowercasedNameDetectorTests
{
    private static readonly LowercasedNameDetector Detector = new(new DetectionOptions());

    [Fact]
    public void Detect_FindsLowercasedCity_WhenOtherEditionsCapitaliseAnotherSpelling()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Kiev)
            .Edition("es", ("El ministro pidió levantar las restricciones sobre los misiles de largo alcance, lo que Kiev reclama desde hace meses.", "The minister asked to lift the restrictions on the missiles of long scope, what Kiev demands from does months."))
            .PivotEdition("en", "He argued for lifting all restrictions on the use of missiles long-range, which kyiv has been demanding for months.")
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("kyiv", "en"), (finding.Text, finding.Language));
        Assert.Equal("Kiev", finding.Evidence["fr"]);
    }

    [Theory]
    [InlineData("Le port a confié le dragage de la darse de Bouzas à l'entreprise Dragados Atlánticos pour 14 millions d'euros.", null)]
    [InlineData("Le port a confié les travaux de la darse de Bouzas à l'entreprise dragados Atlánticos pour 14 millions d'euros.", "dragados")]
    public void Detect_LeavesAWordSpeltLikeANameTheParagraphAlsoWrites(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El puerto adjudicó a Dragados Atlánticos el dragado de la dársena de Bouzas por 14 millones de euros.", "The port awarded to Dragados Atlánticos the dragado of the dársena of Bouzas for 14 million euros."))
            .PivotEdition("en", "The port gave Dragados Atlánticos the dredging of the Bouzas dock for 14 million euros.")
            .Edition("fr", (french, "The port has entrusted the dragage of the darse of Bouzas to the company Dragados Atlánticos for 14 million euros."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["dragage", "darse", "Bouzas", "Dragados", "dragados", "Atlánticos"];

        var findings = Detector.Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Most of the factories are in Onda, l'alcora and Almassora.", "alcora", "alcora")]
    [InlineData("Most of the factories are in Onda, l'alcora and Almassora.", null, "Onda")]
    public void Detect_ReadsTheNameAfterAnElidedArticle_OnlyWhenItIsNoKnownWord(string english, string? expected, string unknown)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La mayoría de las fábricas están en Onda, l'Alcora y Almassora.", "The majority of the factories are in Onda, l'Alcora and Almassora."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["Onda", unknown, "Almassora"];

        var findings = Detector.Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Gràcies a dos anys de proves. cabanilles no descarta el blat.", "cabanilles")]
    [InlineData("Gràcies a dos anys de proves. Cabanilles no descarta el blat.", null)]
    public void Detect_FindsANameInLowerCase_ThatOtherEditionsCapitaliseOnlyElsewhereInTheArticle(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es",
                ("Lo explicó la química Irene Cabanilles en Valencia.", "It explained it the chemist Irene Cabanilles in Valencia."),
                ("Gracias a dos años de pruebas. Cabanilles no descarta el trigo.", "Thanks to two years of tests. Cabanilles does not rule out the wheat."))
            .Edition("ca",
                ("Ho va explicar la química Irene Cabanilles a València.", "It explained it the chemist Irene Cabanilles in Valencia."),
                (catalan, "Thanks to two years of tests. cabanilles does not dismiss the wheat."))
            .Build();
        context.Editions[1].Paragraphs[1].UnknownWords = [catalan.Contains("cabanilles", StringComparison.Ordinal) ? "cabanilles" : "Cabanilles"];

        var findings = Detector.Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The budget is shared by the City of Nancy and the Grand Est region.", null)]
    [InlineData("The budget is shared by the City of nancy and the Grand Est region.", "nancy")]
    public void Detect_LeavesAnInstitutionNounEnglishWritesInLowerCase_ButNotAName(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le budget est partagé par la Ville de Nancy et la Région Grand Est.", "The budget is shared by the City of Nancy and the Big Region East."))
            .PivotEdition("en", english)
            .Build();

        var findings = Detector.Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Le Théâtre national joue à Girona, sur la place des Glòries.", null)]
    [InlineData("Le Théâtre national joue à Girona, sur la place des glòries.", "glòries")]
    [InlineData("Le Théâtre national joue à girona, sur la place des Glòries.", "girona")]
    public void Detect_FollowsFrenchTypographyForInstitutionsAndStreets_ButNotForNames(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El Teatre Nacional actua a Girona, a la Plaça de les Glòries.", "The National Theatre acts in Girona, in the Square of the Glòries."))
            .Edition("fr", (french, french))
            .PivotEdition("en", "The Teatre Nacional plays in Girona, in the Plaça de les Glòries.")
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The market links Lleida's upper town, the Vila Alta, with the river.", null)]
    [InlineData("The market links Lleida's upper town with the river.", "upper")]
    public void Detect_LeavesAWordDescribingAKeptForeignName_WhoseTranslationTheOthersCapitalise(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El mercat uneix la Vila Alta de Lleida amb el riu.", "The market joins Lleida's Upper Town with the river."))
            .Edition("es", ("El mercado une la Villa Alta de Lleida con el río.", "The market joins the Upper Town of Lleida with the river."))
            .PivotEdition("en", english)
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsNothing_WhenWordIsCommonInOtherEditions()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le Nord et le Sud.", "The North and the south."))
            .PivotEdition("en", "The north and the South.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenOthersCapitaliseOnlyAtSentenceStart()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Kiev réclame des armes.", "Kiev demands weapons."))
            .PivotEdition("en", "The city of kiev demands weapons.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenEngineTranslatedTheWord()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The Russian minister met the President.")
            .Edition("fr", ("Le ministre russe a rencontré le président.", "The Russian minister has met the president."))
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenRomanceEditionWritesDemonymInLowerCase()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("« Pourquoi refuser de consulter les Nantais ? » a-t-il lancé.", "« Why refuse to consult the Nantais ? » he launched."))
            .Edition("es", ("«¿Por qué negarse a consultar a los nanteses?», lanzó.", "«Why refuse to consult the nanteses?», he launched."))
            .PivotEdition("en", "“Why refuse to consult the people of Nantes?” he asked.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_FindsLowercasedCity_WhenRomanceEditionWritesTheNameItselfInLowerCase()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le maire de Nantes a parlé hier soir.", "The mayor of Nantes spoke last night."))
            .Edition("es", ("El alcalde de nantes habló anoche.", "The mayor of nantes spoke last night."))
            .PivotEdition("en", "The mayor of Nantes spoke last night.")
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("nantes", "es"), (finding.Text, finding.Language));
    }

    [Fact]
    public void Detect_FindsNothing_WhenPivotCarriesAQuotationsInitialCapitalToItsSecondWord()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Pujades ho admet: «Podem documentar-lo, no aturar-lo».", "Pujades admits it: «we Can document it, not to stop it»."))
            .PivotEdition("en", "Pujades admits it: “We can document it, not stop it.”")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("Tots dos recorden les sortides amb la Carme.", null)]
    [InlineData("Tots dos recorden les sortides amb la carme.", "carme")]
    public void Detect_MatchesAKnownWordToANameOnlyAsWritten_NotByASimilarSpelling(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Ambos recuerdan las salidas con Carme.", "Both remember the outings with Carme."))
            .Edition("fr", ("Tous deux se souviennent des sorties avec Carme.", "Both remember the outings with Carme."))
            .Edition("ca", (catalan, "Both remember the outings with the carme."))
            .PivotEdition("en", "Both remember the outings with Carme.")
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = expected is null ? ["Carme"] : ["carme"];

        Assert.Equal(expected is null ? [] : [expected], Detector.Detect(context).Select(f => f.Text));
    }

    [Fact]
    public void Detect_LeavesAWordMadeFromAnAcronym_AndADiseaseWrittenInLowerCase()
    {
        const string catalan = "Ja havíem substituït els fanals per leds i el virus del zika preocupa.";
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Nous avions remplacé les lampadaires par des LEDs et le virus Zika inquiète.", "We had replaced the lampposts by LEDs and the virus Zika worries."))
            .Edition("ca", (catalan, "We had substituted the lampposts for leds and the virus of the zika worries."))
            .PivotEdition("en", "We had replaced the street lights with LEDs, and the Zika virus is a worry.")
            .Build();

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "ca");
    }

    [Fact]
    public void Detect_LeavesADrinkNamedAfterAPlace_WhichFrenchWritesInLowerCase()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "Demand for single malt Scotch keeps growing in Asia.")
            .Edition("fr", ("La demande de scotch single malt continue de croître en Asie.", "The demand of scotch single malt continues to grow in Asia."))
            .Edition("es", ("La demanda de whisky escocés de malta sigue creciendo en Asia.", "The demand of Scotch whisky of malt keeps growing in Asia."))
            .Build();

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "fr");
    }

    [Fact]
    public void Detect_LeavesAnOfficialGazetteEnglishDescribesInLowerCase()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("La Generalitat ho publicarà al Diari Oficial.", "The Generality it will publish to the Newspaper Official."))
            .Edition("es", ("La Generalitat lo publicará en el Diario Oficial.", "The Generality it will publish in the Official Newspaper."))
            .PivotEdition("en", "The Generalitat will publish it in its official gazette.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("Ortega considera que la pena es desproporcionada.", "Ortega Considers that the pity is disproportionate.", null)]
    [InlineData("Ortega Considera que la pena es desproporcionada.", "Ortega Considers that the pity is disproportionate.", "considers")]
    public void Detect_LeavesAWordWhosePivotCapitalTheEngineCarriedFromTheNameBefore(string spanish, string pivot, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", (spanish, pivot))
            .Edition("fr", ("Ortega juge la peine disproportionnée.", "Ortega judges the pity disproportionnée."))
            .PivotEdition("en", "Ortega considers the penalty disproportionate.")
            .Build();

        Assert.Equal(expected is null ? [] : [expected], Detector.Detect(context).Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsLowercasedName_WhenPivotCapitalisesItInMidSentence()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Pujades ho admet: «Visitem el mas».", "Pujades admits it: «we visit the Can Pujol farmhouse»."))
            .PivotEdition("en", "Pujades admits it: “We visit the can Pujol farmhouse.”")
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal("can", finding.Text);
    }

    [Theory]
    [InlineData("Los autobuses pasarán por el puente de la barca.", "the buses will pass by the bridge of the boat.", "barca")]
    [InlineData("Los autobuses pasarán por un puente de barcas.", "the buses will pass by a bridge of boats.", null)]
    public void Detect_FindsANameBothEnginesTranslated_WhenOnlyThisEditionLowersIt(string spanish, string pivot, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Els autobusos passaran pel pont de la Barca.", "The buses will pass by the bridge of the Boat."))
            .Edition("es", (spanish, pivot))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("Une association locale, la Cornwall Netters' Association, demandera des aides.", false)]
    [InlineData("Une association locale, la Cornwall Netters' association, demandera des aides.", true)]
    public void Detect_LeavesTheCommonNoun_WhenTheParagraphWritesItCapitalisedInsideTheName(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "A local body, the Cornwall Netters' Association, will ask for aid.")
            .Edition("fr", (french, "A local association, the Cornwall Netters' Association, will ask for aid."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "fr").Select(f => f.Text).ToList();

        Assert.Equal(expected, findings.Contains("association"));
    }

    [Theory]
    [InlineData("Las ventas de pascua bajaron un 10 %, según los pasteleros.", "pascua")]
    [InlineData("Las ventas de Pascua bajaron un 10 %, según los pasteleros.", null)]
    [InlineData("Las ventas pascuales bajaron un 10 %, según los pasteleros.", null)]
    public void Detect_FindsAFeastDayInLowerCase_WhenAnotherEditionCapitalisesItsOwnName(string spanish, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les ventes de Pâques ont baissé de 10 %, selon les pâtissiers.", "The sales of Easter have gone down of 10 %, according to the pastry cooks."))
            .Edition("es", (spanish, spanish.Replace("Las ventas de pascua", "The sales of pascua", StringComparison.Ordinal)))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("La terminal estarà al nord del port.", null)]
    [InlineData("La terminal estarà a la zona de nord i sud.", null)]
    public void Detect_LeavesACompassPointARomanceLanguageWritesInLowerCase(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Le terminal sera au Nord du port, près de Sète.", "The terminal will be to the North of the port, near Sète."))
            .Edition("ca", (catalan, catalan))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "ca").Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("The drop in temperature was recorded by an israeli team.", "israeli")]
    [InlineData("The drop in temperature was recorded by an Israeli team.", null)]
    public void Detect_FindsANationalityAnEnglishEditionWritesInLowerCase(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El descenso de temperatura lo registró un equipo israelí.", "The descent of temperature registered it a team Israeli."))
            .PivotEdition("en", english)
            .Build();

        Assert.Equal(expected is null ? [] : [expected], Detector.Detect(context).Where(f => f.Language == "en").Select(f => f.Text));
    }

    [Theory]
    [InlineData("El museu va recuperar 43 monedes víkings.", null)]
    [InlineData("El museu va recuperar 43 monedes antigues.", "vikingas")]
    public void Detect_LeavesAPeoplesAdjectiveOnlyEnglishCapitalises_WhenAnotherRomanceEditionWritesItInLowerCase(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The museum recovered 43 Viking coins.")
            .Edition("es", ("El museo recuperó 43 monedas vikingas.", "The museum recovered 43 coins vikingas."))
            .Edition("ca", (catalan, "The museum recovered 43 coins."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["vikingas"];

        var findings = Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "rosace")]
    public void Detect_MatchesAWordTheDictionaryKnowsOnlyAsWritten(bool dictionaryKnowsIt, string? expected)
    {
        // « rosace » is French for a rose window: its engine lacks it, its dictionary has it, so "Rose" is no match by spelling.
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The Rose Window will be covered by a screen while the work goes on.")
            .Edition("es", ("La Ventana Rosa será cubierta por una pantalla mientras duren las obras.", "The Window Rosa will be covered by a screen while the works last."))
            .Edition("fr", ("La rosace sera protégée par un écran pendant les travaux.", "The rosace will be protected by a screen during the works."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["rosace"];
        context.Editions[2].Paragraphs[0].UnknownToLanguage = dictionaryKnowsIt ? [] : ["rosace"];

        var findings = Detector.Detect(context).Where(f => f.Language == "fr").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("El roquefort se hace con leche de ovejas de raza lacaune.", null)]
    [InlineData("El roquefort se hace con leche de ovejas de lacaune.", "lacaune")]
    public void Detect_LeavesABreedInLowerCaseInSpanish(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le roquefort est fait avec le lait de brebis de race Lacaune.", "The roquefort is done with the milk of sheep of race Lacaune."))
            .PivotEdition("en", "Roquefort is made from the milk of Lacaune ewes.")
            .Edition("es", (spanish, spanish.Contains("raza", StringComparison.Ordinal) ? "The roquefort does with milk of sheep of race lacaune." : "The roquefort does with milk of sheep of lacaune."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["lacaune"];

        var findings = Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("les races locals, com l'aubrac.", null)]
    [InlineData("les races locals, com la salers i l'aubrac.", null)]
    public void Detect_LeavesANameTheOriginalWritesInLowerCaseAfterAnElidedArticle(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("l'avenir des races locales comme l'aubrac.", "the future of the local races like the aubrac."))
            .PivotEdition("en", "the future of local breeds such as the Aubrac.")
            .Edition("ca", ("el futur de " + catalan, "the future of the local races, like the aubrac."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["aubrac", "salers"];

        var findings = Detector.Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class BrokenSentenceDetectorTests
{
    private static readonly BrokenSentenceDetector Detector = new(new DetectionOptions());

    [Fact]
    public void Detect_CoversGarbledClauseAndFragment_WhenSpuriousBreakSplitsTheSpeaker()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Yoon)
            .PivotEdition("en", "A situation that the South Korean neighbour is monitoring closely. “The fact that the North is gaining combat experience creates a serious risk for our national security,” the head of the war said. Yoon Suk Yeol State.")
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal("the head of the war said. Yoon Suk Yeol State.", finding.Text);
        Assert.Equal((Categories.Mistranslation, Severity.Major), (finding.Category, finding.Severity));
        Assert.Contains("Yoon Suk Yeol", finding.Evidence["fr"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We have picked less, but the grapes are healthy,\" explained the president of the Council. Montserrat Vidal, who has asked for direct aid for small winegrowers.", true)]
    [InlineData("\"We have picked less, but the grapes are healthy,\" explained the president of the Council. Montserrat Vidal has asked for direct aid for small winegrowers and their cooperatives.", false)]
    public void Detect_FindsALongFragment_WhenItOpensWithANameInApposition(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("«Hem collit menys, però el raïm és sa», ha explicat la presidenta del Consell, Montserrat Vidal, que ha demanat ajuts directes per als petits viticultors.",
                "«We have harvested less, but the grape is healthy», has explained the president of the Council, Montserrat Vidal, that has requested direct aids for the small winegrowers."))
            .Edition("es", ("«Hemos recogido menos, pero la uva está sana», explicó la presidenta del Consejo, Montserrat Vidal, que ha pedido ayudas directas para los pequeños viticultores.",
                "«We have collected less, but the grape is healthy», explained the president of the Council, Montserrat Vidal, that has asked direct aids for the small winegrowers."))
            .PivotEdition("en", english)
            .Build();

        var findings = Detector.Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Text.Contains("Council. Montserrat Vidal", StringComparison.Ordinal)));
    }

    [Fact]
    public void Detect_CoversSplitName_WhenFullStopIsFollowedByLowerCase()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Containers)
            .PivotEdition("en", "Russia had purchased more than 16,500 containers of munitions from Korea. of the North since September 2023.")
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("Korea. of the North", Categories.Punctuation), (finding.Text, finding.Category));
    }

    [Theory]
    [InlineData("Russia bought 16,500 containers from North Korea. It has done so since September 2023.")]
    [InlineData("Mr. Kim met Dr. Park in the U.S. capital in September 2023, etc. and more.")]
    [InlineData("Russia bought containers. Many of them. It did so from North Korea since September 2023.")]
    public void Detect_FindsNothing_WhenBreaksAreLegitimate(string english)
    {
        var context = new ContextBuilder().Edition("fr", Samples.Containers).PivotEdition("en", english).Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("en", "A public inquiry will open on November 3. and will last six weeks.", "3. and")]
    [InlineData("de", "Die Anhörung beginnt am 3. november und dauert sechs Wochen.", null)]
    public void Detect_FindsAStopAfterANumberBeforeALowerCaseWord_ExceptAnOrdinalDot(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Une enquête publique s'ouvrira le 3 novembre et durera six semaines.", "A public survey will open on 3 November and will last six weeks."))
            .Edition(language, (text, text))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == language);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_UsesOriginalSpan_WhenEditionIsNotInPivotLanguage()
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", Samples.Yoon)
            .Edition("es", (
                "Una situación que el vecino surcoreano vigila de cerca. «El hecho de que el Norte adquiera experiencia de combate crea un riesgo serio para nuestra seguridad nacional», dijo el jefe de la guerra. Yoon Suk Yeol Estado.",
                "A situation that the neighbour surcoreano watches closely. «The fact that the North purchase experience of fight creates a serious risk for our national security», said the boss of the war. Yoon Suk Yeol State."))
            .Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal("dijo el jefe de la guerra. Yoon Suk Yeol Estado.", finding.Text);
        Assert.Equal("es", finding.Language);
    }

    [Theory]
    [InlineData("Le rapport est sorti en mai, qui a montré que la rivière était polluée.", "en", "The report came out in May. Which showed that the river was polluted.", "May. Which showed")]
    [InlineData("Le rapport est sorti en mai, qui a montré que la rivière était polluée.", "es", "Lo aprobó el pleno. Que pidió más controles del agua.", "pleno. Que pidió")]
    [InlineData("Le rapport est sorti en mai. Il a montré que la rivière était polluée.", "en", "The report came out in May. Which showed that the river was polluted.", null)]
    [InlineData("Le rapport est sorti en mai. Quelle rivière était polluée ?", "en", "The report came out in May. Which river was polluted?", null)]
    public void Detect_FindsARelativeClauseCutOff_WhenASentenceOpensWithARelativeWordTheOriginalDoesNotBreak(string french, string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", (french, "…"))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == language).Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("en", "The club sold its stadium to a developer. While the fans still hope to buy it back.", "developer. While the fans")]
    [InlineData("en", "The club sold its stadium to a developer. While the fans protested, the board signed.", null)]
    [InlineData("fr", "Le club a vendu son stade à un promoteur. Dans une vente qui, selon les supporters, bradait le patrimoine.", "promoteur. Dans une vente")]
    [InlineData("es", "El club vendió su estadio a una promotora. Aunque los aficionados aún esperan recomprarlo.", "promotora. Aunque los aficionados")]
    [InlineData("es", "El club vendió su estadio, dijo el portavoz. Y que los aficionados aún esperan recomprarlo.", "portavoz. Y que los")]
    [InlineData("en", "The club expects that, if the sale goes ahead. By 2027 the fans will have lost the stadium.", "ahead. By 2027 the")]
    [InlineData("en", "The club expects that, if the sale goes ahead, the fans will lose the stadium. By 2027 it will be gone.", null)]
    [InlineData("en", "The spokesman of the supporters. Pere Vidal, recalled that the club had sold its stadium.", "supporters. Pere Vidal, recalled")]
    [InlineData("en", "The club sold its stadium, as Pere Vidal, who leads the supporters, recalled.", null)]
    [InlineData("es", "Según la junta del club. El estadio se ha vendido a una promotora.", "club. El estadio se")]
    [InlineData("es", "Según la junta del club, el estadio se ha vendido a una promotora.", null)]
    [InlineData("fr", "Le club doit vendre son stade avant mars. Et rembourser ses dettes aux supporters.", "mars. Et rembourser")]
    [InlineData("fr", "Le club doit vendre son stade avant mars. Et les supporters veulent le racheter.", null)]
    public void Detect_FindsASubordinateClauseCutOff_WhenTheOriginalKeepsItInOneSentence(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El club ha venut el seu estadi a una promotora, mentre els seguidors encara esperen recomprar-lo.", "The club has sold its stadium to a developer, while the supporters still hope to buy it back."))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == language).Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("Els espeleòlegs van trobar deu cavitats. De les quals només dues tenien aigua.", "cavitats. De les")]
    [InlineData("Els espeleòlegs van trobar deu cavitats, de les quals només dues tenien aigua.", null)]
    public void Detect_FindsARelativeClauseOpeningWithAPrepositionCutOff(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Los espeleólogos hallaron diez cavidades, de las cuales solo dos tenían agua.", "The cavers found ten cavities, of which only two had water."))
            .Edition("ca", (catalan, catalan))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "ca").Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("The company has been testing the sensors since spring on three farms near the river. Cutting water use by a fifth on the plots where they were installed.", true)]
    [InlineData("The company has been testing the sensors since spring on three farms near the river. It cut water use by a fifth on the plots where they were installed.", false)]
    [InlineData("The company has been testing the sensors since spring on three farms near the river. The trial cut water use by a fifth on the plots where they were installed.", false)]
    public void Detect_FindsALongSentenceCutInTwoHalves_UnlessTheSecondOpensAsASentence(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La empresa prueba los sensores desde la primavera en tres fincas junto al río, reduciendo en una quinta parte el consumo de agua en las parcelas donde se instalaron.",
                "The company tests the sensors since the spring in three farms next to the river, reducing in a fifth part the consumption of water in the plots where they were installed."))
            .Edition("ca", ("L'empresa prova els sensors des de la primavera en tres finques prop del riu, i ha reduït en una cinquena part el consum d'aigua a les parcel·les on es van instal·lar.",
                "The company tests the sensors since the spring in three farms near the river, and has reduced in a fifth part the consumption of water in the plots where they were installed."))
            .PivotEdition("en", english)
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("En Cork, la respuesta fue igual de cálida. Aoife Brennan, que preside la comisión de turismo del ayuntamiento. Dijo que los visitantes galeses habían desaparecido desde 2012.", "ayuntamiento. Dijo")]
    [InlineData("En Cork, la respuesta fue igual de cálida. Aoife Brennan, que preside la comisión de turismo del ayuntamiento, dijo que los visitantes galeses habían desaparecido desde 2012.", null)]
    public void Detect_FindsANamedSubjectAndItsRelativeClauseCutFromTheirVerb(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "In Cork the response was just as warm. Aoife Brennan, who chairs the council's tourism committee, said Welsh visitors had vanished since 2012.")
            .Edition("es", (spanish, "In Cork, the answer was equally warm. Aoife Brennan, that presides the commission of tourism of the town hall. It said that the Welsh visitors had disappeared since 2012."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Le contrat a été attribué à Dunmore Civil Engineering. Une firme basée à Elgin, qui prévoit d'employer 150 personnes.", true)]
    [InlineData("Le contrat a été attribué à Dunmore Civil Engineering, une firme basée à Elgin, qui prévoit d'employer 150 personnes.", false)]
    public void Detect_FindsAnAppositionAndItsRelativeClauseCutFromTheSentenceBefore(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The contract has been awarded to Dunmore Civil Engineering, a firm based in Elgin, which expects to employ 150 people.")
            .Edition("fr", (french, "The contract has been awarded to Dunmore Civil Engineering. A firm based at Elgin, that plans to employ 150 people."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any(f => f.Text.Contains("Une firme", StringComparison.Ordinal)));
    }
}

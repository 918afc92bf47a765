using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// Round 121: a date, a month, a season or a stretch of weeks placed between an English verb and its object; a concession,
/// a comparison or a "who" clause cut off as a sentence of its own; calques and false senses missed in blind122–125.
/// </summary>
public class Round121Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("Night nurses will receive from 1 October a monthly bonus.", "receive from 1 October a monthly bonus")]
    [InlineData("The club has organised for 8 June an open day.", "organised for 8 June an open day")]
    [InlineData("The cooperative closed this September the best campaign in a decade.", "closed this September the best campaign")]
    [InlineData("The observatory will publish in spring an updated map.", "publish in spring an updated map")]
    [InlineData("More than 3,200 people have signed in two weeks a petition.", "signed in two weeks a petition")]
    [InlineData("The team will draw up in the coming weeks a report on the drill.", "draw up in the coming weeks a report")]
    [InlineData("The school set up in 2023 a choir for parents.", "set up in 2023 a choir")]
    [InlineData("The federation launches from this month a recruitment campaign.", "launches from this month a recruitment campaign")]
    [InlineData("A van delivers every Saturday the cheeses to the restaurants.", "delivers every Saturday the cheeses")]
    public void WordOrder_FindsADateSeasonOrStretchBetweenAVerbAndItsObject(string english, string expected)
    {
        var findings = Detect(english);

        Assert.Equal([expected], findings);
    }

    [Theory]
    [InlineData("The works could start in autumn 2027 if there are no appeals.")]
    [InlineData("The council extends the zone to the whole town from 1 September 2027, with a year of warnings.")]
    [InlineData("The refuge will reopen in summer 2026 after its reconstruction.")]
    [InlineData("Since the zone opened on 1 June 2021, drivers of older cars have paid a charge.")]
    [InlineData("The observatory will publish an updated map in spring.")]
    [InlineData("Prices will rise in the coming weeks, the union said.")]
    public void WordOrder_LeavesADateThatEndsTheClauseOrCarriesItsYear(string english)
    {
        Assert.Empty(Detect(english));
    }

    [Theory]
    [InlineData("en", "The club sold its stadium to a developer. Even if the fans still hope to buy it back.", "developer. Even if the")]
    [InlineData("en", "The club sold its stadium to a developer. And whether the fans can buy it back is unclear.", "developer. And whether the")]
    [InlineData("en", "The club sold its stadium to a developer. Like the one that bought the port.", "developer. Like the one")]
    [InlineData("en", "The club sold its stadium, said Pere Vidal. Who leads the supporters' trust.", "Pere Vidal. Who leads")]
    [InlineData("fr", "Le club a vendu son stade à un promoteur. Mais qu'il espère le racheter un jour.", "promoteur. Mais qu'il espère")]
    [InlineData("en", "The club sold its stadium to a developer. Even if the fans protest, the sale stands.", null)]
    [InlineData("en", "The club sold its stadium to a developer. Who knows what the fans will do.", null)]
    [InlineData("en", "The club sold its stadium to a developer. Who will buy it back?", null)]
    public void BrokenSentence_FindsAConcessionComparisonOrRelativeCutOff(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El club ha venut el seu estadi a una promotora, encara que els seguidors esperen recomprar-lo.", "The club has sold its stadium to a developer, although the supporters hope to buy it back."))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = new BrokenSentenceDetector(Options).Detect(context).Where(f => f.Language == language).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("en", "es", "It is a tradition that has more than a hundred years in the village.", "has more than a hundred years")]
    [InlineData("en", "es", "The drought cut the harvest to less than the half.", "less than the half")]
    [InlineData("en", "ca", "Meanwhile, the winery will continue open.", "continue open")]
    [InlineData("en", "es", "The council does not rule out to recover the old quota.", "rule out to recover")]
    [InlineData("en", "es", "The report was presented to the municipal plenary on Thursday.", "municipal plenary")]
    [InlineData("en", "es", "The company received 69 reports by this way.", "by this way")]
    [InlineData("en", "es", "The paintings are some 20,000 years of antiquity.", "years of antiquity")]
    [InlineData("en", "es", "The groups will pass from ten to six people.", "pass from ten to six")]
    [InlineData("en", "fr", "The cooperative, strong of 140 members, wants a label.", "strong of 140")]
    [InlineData("en", "fr", "Young people will not spend four hours to make the cheese.", "spend four hours to make")]
    [InlineData("en", "ca", "The village lives almost exclusively of winter tourism.", "lives almost exclusively of winter tourism")]
    [InlineData("en", "es", "In 2019 the water reached a metre and a half of height.", "a metre and a half of height")]
    [InlineData("en", "es", "The plan adds a fluvial promenade between the towns.", "fluvial promenade")]
    [InlineData("en", "es", "They found 122 leaks, a figure that doubles the one of five years ago.", "doubles the one of five")]
    [InlineData("en", "fr", "The altarpiece is back in the hall of honour of the town hall.", "hall of honour")]
    [InlineData("en", "fr", "The rest will come from an aid of the Brittany Region.", "an aid of")]
    [InlineData("en", "ca", "The council asks for a line of urgent aids for the growers.", "line of urgent aids")]
    [InlineData("en", "fr", "The oldest made forty minutes of road to see a doctor.", "minutes of road")]
    [InlineData("en", "fr", "The surgery opens from 9 hours on Saturdays.", "from 9 hours")]
    [InlineData("en", "fr", "“We will take the time of reflection,” he said.", "the time of reflection")]
    [InlineData("en", "ca", "Offers have been requested to seven insurers.", "requested to seven insurers")]
    [InlineData("en", "fr", "“The base was rotten,” tells Solène Marivaux, the restorer.", "tells")]
    [InlineData("en", "fr", "“It would deteriorate again,” insists the mayor, Catherine Dufresnoy.", "insists")]
    [InlineData("fr", "en", "L'entreprise avait argumenté que le bruit était inévitable.", "argumenté que")]
    [InlineData("fr", "en", "Il est compris que le dépôt fermera.", "Il est compris que")]
    [InlineData("fr", "en", "Nous avons été partie de Chudleigh pendant soixante ans.", "été partie de")]
    [InlineData("fr", "es", "Les horaires sont sur le web de la compagnie.", "sur le web de")]
    [InlineData("fr", "en", "Le dépôt devra cesser d'opérer la nuit.", "cesser d'opérer")]
    [InlineData("fr", "en", "Les riverains veulent emmener le conseil en cour.", "emmener le conseil en cour")]
    [InlineData("es", "en", "La empresa recurrirá delante del tribunal.", "delante del tribunal")]
    [InlineData("es", "ca", "El alcalde va asegurar que los contratos se firmarán.", "va asegurar")]
    [InlineData("es", "en", "El camión estuvo no disponible durante 1.900 horas.", "estuvo no disponible")]
    [InlineData("es", "en", "Estaría feliz de enseñar el parque a los vecinos.", "Estaría feliz de")]
    [InlineData("es", "en", "Los voluntarios salen en un momento de aviso.", "en un momento de aviso")]
    [InlineData("ca", "en", "Les dades es faran lliurement disponibles.", "es faran lliurement disponibles")]
    [InlineData("ca", "en", "«Ho sabíem», va dir ella.", "va dir ella")]
    [InlineData("ca", "fr", "El bac continuarà de navegar tot l'any.", "continuarà de navegar")]
    [InlineData("ca", "fr", "És una decisió de bon sentit.", "de bon sentit")]
    [InlineData("ca", "fr", "El bac porta estudiants de liceu cada matí.", "estudiants de liceu")]
    [InlineData("ca", "fr", "L'alcalde ha acceptat l'ajut, tot lamentant el retard.", "tot lamentant")]
    [InlineData("ca", "fr", "El servei funcionarà inclòs durant l'hivern.", "inclòs durant")]
    [InlineData("ca", "en", "Les colònies s'han reduït durant la passada dècada.", "la passada dècada")]
    public void Calque_FindsRound121Phrases(string language, string original, string text, string expected)
    {
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texte original.", original == "en" ? null : "The original text."))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Contains(findings, f => f.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "es", "The district has had two years in a row of drought.")]
    [InlineData("en", "fr", "The beach has lost 18 metres of width since 2014.")]
    [InlineData("en", "es", "The pupils travel 40 kilometres of road each day.")]
    [InlineData("en", "es", "The firm has two years to comply with the order.")]
    [InlineData("en", "fr", "“It is late,” he tells himself.")]
    [InlineData("ca", "fr", "Ho vigilen en tot moment.")]
    [InlineData("ca", "fr", "Hi ha tot sovint cues al port.")]
    [InlineData("es", "ca", "El proyecto va a asegurar el agua del pueblo.")]
    [InlineData("es", "ca", "El camino va hasta el mar.")]
    [InlineData("fr", "en", "La course est partie de Lyon à midi.")]
    [InlineData("fr", "en", "L'affaire a été portée en cour d'appel.")]
    public void Calque_LeavesRound121LookAlikes(string language, string original, string text)
    {
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texte original.", original == "en" ? null : "The original text."))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("entre ambas reclamaciones", "Between both claims, the resort lost a season.", true)]
    [InlineData("entre las reclamaciones", "Between both claims, the resort lost a season.", false)]
    public void Calque_FindsBetweenBoth_OnlyWhereTheOriginalSaysEntreAmbos(string spanish, string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ($"La estación perdió una temporada {spanish}.", "The station lost a season."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any(f => f.Text.Contains("Between both", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("fr", "Le cabinet médical de Cléguérec a fermé pour les infirmières libérales.", "en", "The medical cabinet of Cléguérec has premises for the liberal nurses.", 2)]
    [InlineData("fr", "La mairie prévoit une permanence le samedi ; les patients vont aux urgences de Pontivy.", "en", "The town hall plans a permanence on Saturdays; patients go to the emergencies in Pontivy.", 2)]
    [InlineData("es", "Las obras del casco antiguo; más de 200 viviendas sufrieron daños.", "en", "Works in the old nucleus; more than 200 homes suffered damages.", 2)]
    [InlineData("es", "Los ecologistas presentaron alegaciones. Nadie discute que las pinturas deben protegerse.", "en", "The environmentalists presented allegations. Nobody discusses that the paintings must be protected.", 2)]
    [InlineData("es", "El agua perdida supuso unos 310.000 euros.", "en", "The water lost supposed some 310,000 euros.", 1)]
    [InlineData("es", "La póliza que cubre ambas estaciones de esquí vence el 30 de noviembre.", "en", "The policy covering both stations of the ski area expires on 30 November.", 1)]
    [InlineData("es", "Muchos vecinos aprovecharán el puente de la Purísima.", "en", "Many residents will enjoy the bridge of the Purísima.", 1)]
    [InlineData("es", "El presidente dio una rueda de prensa sobre las expediciones de autobús.", "fr", "Le président a donné une roue de presse sur les expéditions des lignes de bus.", 2)]
    [InlineData("en", "The quarry sells aggregates and failed to properly assess the dust.", "fr", "La carrière vend des agrégats et n'a pas évalué proprement la poussière.", 2)]
    [InlineData("en", "The council must address the problem.", "fr", "Le conseil doit adresser le problème.", 1)]
    [InlineData("en", "The fire engine's crew was not available; the station stayed shut.", "es", "La tripulación del camión de bomberos no estaba disponible.", 1)]
    [InlineData("es", "El director señaló que la cosecha será corta.", "ca", "El director va senyalar que la collita serà curta.", 1)]
    [InlineData("fr", "Le bac assure douze rotations par jour.", "ca", "El bac fa dotze rotacions al dia entre les dues ribes.", 1)]
    public void FalseSense_FindsRound121Renderings(string source, string sourceText, string target, string text, int expected)
    {
        var builder = new ContextBuilder(reference: source, original: source);
        builder = source == "en" ? builder.PivotEdition("en", sourceText) : builder.Edition(source, (sourceText, sourceText));
        builder = target == "en" ? builder.PivotEdition("en", text) : builder.Edition(target, (text, text));
        var context = builder.Build();

        var findings = new FalseSenseDetector(Options).Detect(context).Where(f => f.Language == target);

        Assert.Equal(expected, findings.Count());
    }

    [Theory]
    [InlineData("The council will suppose the worst.", "El ayuntamiento supone lo peor.")]
    [InlineData("The firm has two stations in the town centre.", "La empresa tiene dos estaciones en el centro.")]
    [InlineData("The mayor denied the allegations of fraud.", "El alcalde negó las acusaciones de fraude.")]
    public void FalseSense_LeavesRound121LookAlikes(string english, string spanish)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", (spanish, spanish))
            .PivotEdition("en", english)
            .Build();

        Assert.DoesNotContain(new FalseSenseDetector(Options).Detect(context), f => f.Language == "en");
    }

    private static IEnumerable<string> Detect(string english)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La région a attribué jeudi l'exploitation de deux lignes.", "The region has attributed Thursday the exploitation of two lines."))
            .PivotEdition("en", english).Build();

        return new WordOrderDetector(Options).Detect(context).Select(f => f.Text);
    }
}

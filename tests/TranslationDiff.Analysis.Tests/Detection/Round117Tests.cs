using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 117: named-entity false alarms of the pooled corpus, and blind110–113.</summary>
public class Round117Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("Azurpark Services", false)]
    [InlineData("Azurpark Parkings", true)]
    public void NamedEntity_LeavesANameKeptAsTheOriginalWritesIt(string frenchName, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ($"Le parking sera géré par {frenchName}, une filiale toulonnaise.", $"The car park will be managed by {frenchName}, a subsidiary of Toulon."))
            .PivotEdition("en", "The car park will be run by Azurpark Services, a Toulon subsidiary.")
            .Edition("es", ("El aparcamiento lo gestionará Azurpark Servicios, una filial de Tolón.", "The car park will be managed by Azurpark Services, a subsidiary of Toulon."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Azurpark"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("word-for-word rendering", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("l'última màniga haurà d'acabar abans de les 3 de la tarda.", false)]
    [InlineData("l'última màniga haurà d'acabar abans de les 4 de la tarda.", true)]
    [InlineData("l'última màniga haurà d'acabar abans de les 3 del matí.", true)]
    public void Numbers_ReadsAnHourInFiguresWithItsPartOfTheDay(string catalanEnd, bool expected)
    {
        var catalan = "Les proves començaran poc després de les 11 del matí, i " + catalanEnd;
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Races will start shortly after 11am, and the last heat must finish by 3pm.")
            .Edition("ca", (catalan, "The proofs will commence shortly after the 11 of the morning, and the last sleeve will have to end before the 3 of the evening."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Il s'entraîne jusqu'à 20 h 30 et fait ses devoirs dans le bus.", false)]
    [InlineData("Il s'entraîne jusqu'à 20 h 45 et fait ses devoirs dans le bus.", true)]
    public void Numbers_ReadsHalfPastAsThirtyMinutes(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "He trains until half past eight in the evening and does his homework on the bus.")
            .Edition("fr", (french, "He trains until 20 h 30 and does his homework in the bus."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Eleri Watkin agafa l'autobús de les 7.15 cap a Newtown.", false)]
    [InlineData("Eleri Watkin agafa l'autobús de les 7.45 cap a Newtown.", true)]
    public void Numbers_ReadsADepartureNamedByItsTime(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Eleri Watkin takes the 7.15 bus to Newtown.")
            .Edition("ca", (catalan, "Eleri Watkin seizes the bus of the 7.15 towards Newtown."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Elle proposera des titres en irlandais et en scots d'Ulster.", false)]
    [InlineData("Elle proposera des titres en irlandais et en scots d'ulster.", true)]
    public void LowercasedName_LeavesALanguageSpelledAsInEnglish(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "It plans to stock more titles in Irish and Ulster Scots.")
            .Edition("fr", (french, "It will propose titles in Irish and in scots of Ulster."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["scots", "Ulster", "ulster"];

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Some 60,000 bottles were lost, most of them reserves from the 2015 to 2019 harvests.", false)]
    [InlineData("Some 60,000 bottles were lost, most of them harvested in the 2015 and kept as reserves.", true)]
    public void Calque_LeavesARangeOfYearsAfterThe(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("S'han perdut unes 60.000 ampolles, la majoria reserves de les collites del 2015 al 2019.", "Have missed some 60.000 bottles, most reservations of the harvests of the 2015 at the 2019."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Text.StartsWith("the 20", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Quelque 140 barriques de chêne ne pourront plus servir.", "Some 140 barrels of oak no longer will be able to serve.", false)]
    [InlineData("Quelque 140 barriques de chêne pourront servir.", "Some 140 barrels of oak will be able to serve.", true)]
    public void OmittedWord_TakesNoLongerForNotAgain(string french, string frenchPivot, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Unes 140 bótes de roure no es podran tornar a fer servir.", "Some 140 casks of oak will not be able to be used again."))
            .PivotEdition("en", "Some 140 oak casks cannot be used again.")
            .Edition("fr", (french, frenchPivot))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "fr" && f.Message.Contains("“again”", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("When the rock is wet, local climbers have few indoor alternatives.", false)]
    [InlineData("When the rock is wet, local climbers have many indoor alternatives.", true)]
    public void OmittedWord_TakesFewForNotMany(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Quan la roca és molla, els escaladors de la zona no tenen gaires alternatives a cobert.", "When the rock is wet, the climbers of the zone do not have many alternatives at covered."))
            .PivotEdition("en", english)
            .Edition("es", ("Cuando la roca está mojada, los escaladores de la zona no tienen muchas alternativas a cubierto.", "When the rock is wetted, the climbers of the zone do not have a lot of alternatives to covered."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("“not”", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void NamedEntity_TakesARegionsAdjectiveBeforeItsLevelAndGovernmentForTheInstitution()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El pleno municipal votará el próximo jueves 13 de febrero una moción para reclamar también la implicación del Principado. Si Costas acepta el plan, los primeros trabajos podrían empezar a finales de abril.", "The municipal plenary will vote next Thursday 13 February a motion to demand also the implication of the Principality. If Coasts accepts the plan, the first works could begin to finals of April."))
            .PivotEdition("en", "The full council will vote next Thursday, 13 February, on a motion that also calls on the Asturian regional government to get involved. If the coastal authority accepts the plan, the first works could begin at the end of April.")
            .Edition("fr", ("Le conseil municipal votera jeudi prochain, 13 février, une motion qui réclame aussi l'implication du Principado. Si Costas accepte le plan, les premiers travaux pourraient commencer fin avril.", "The municipal council will vote Thursday next, 13 February, a motion that demands also the implication of the Principado. If Costas accepts the plan, the first works could begin end April."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Principado", "Costas"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("keep the name", StringComparison.Ordinal));

        Assert.Empty(findings);
    }

    [Fact]
    public void NamedEntity_TakesSaarbrueckenForSarrebruck()
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le nouveau four, fabriqué par une entreprise allemande de Sarrebruck, maintient 350 kilos de verre en fusion.", "The new oven, manufactured by a German company of Sarrebruck, maintains 350 kilos of glass in fusion."))
            .Edition("ca", ("El nou forn, fabricat per una empresa alemanya de Saarbrücken, manté 350 quilos de vidre fos.", "The new oven, fashioned by a German company of Saarbrücken, maintains 350 kilos of glass was."))
            .PivotEdition("en", "The new furnace, built by a German firm from Sarrebruck, keeps 350 kilos of glass molten.")
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Sarrebruck"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Saarbrücken"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Sarrebruck"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Tenerife North-Ciudad de La Laguna", false)]
    [InlineData("Tenerife Nortte-Ciudad de La Laguna", true)]
    public void NamedEntity_TakesACompassPointInTheEditionsLanguage(string name, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Los aviones aterrizan de noche en el aeropuerto de Tenerife Norte-Ciudad de La Laguna.", "The aeroplanes land of night in the airport of Tenerife North-City of The Lagoon."))
            .Edition("ca", ("Els avions aterren de nit a l'aeroport de Tenerife Norte-Ciudad de La Laguna.", "The airliners land at night at the airport of Tenerife Norte-Ciudad of The Laguna."))
            .PivotEdition("en", $"Planes land at night at {name} airport.")
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("a letter of the name is wrong", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The funding comes from three sources. The government's grant will cover £4.1 million, and the county council has pledged £1.5 million.", false)]
    [InlineData("The funding comes from three sources, as the government's grant will cover £4.1 million, and the county council has pledged £1.5 million.", true)]
    public void BrokenSentence_LeavesABreakTheOriginalHas(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", english)
            .Edition("es", ("La financiación procede de tres fuentes. La subvención estatal cubrirá 4,1 millones de libras, y el consejo del condado se ha comprometido a aportar 1,5 millones.", "The financing proceeds of three sources. The state subvention will cover 4,1 million pounds, and the council of the county has engaged to contribute 1,5 millions."))
            .Edition("ca", ("El finançament prové de tres fonts: la subvenció del govern cobrirà 4,1 milions de lliures, i el consell del comtat ha empenyorat 1,5 milions.", "The financing comes from three fonts: the subsidy of the governance will coat 4,1 million of pounds, and the council of the county has pawned 1,5 million."))
            .Build();

        var findings = new BrokenSentenceDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Lawyers for three of the injured are asking for four years and claiming compensation totalling €1.3 million.", false)]
    [InlineData("Lawyers for three of the injured claim further measures totalling €1.3 million.", true)]
    public void FalseSense_LeavesClaimingCompensation(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Las acusaciones particulares reclaman indemnizaciones que suman 1,3 millones de euros.", "The private prosecutions demand compensations that add 1,3 million euros."))
            .PivotEdition("en", english)
            .Build();

        var findings = new FalseSenseDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The judge has called the former director general of roads as a witness.", false)]
    [InlineData("Only cheese made in the valley may be sold from May to October.", false)]
    [InlineData("Only cheese made in the valley will be sold from 15 may to October.", true)]
    [InlineData("The judge has called the former director general of carreteras as a witness.", true)]
    public void LowercasedName_LeavesRoadsAndTheModalMay(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La jueza ha citado al antiguo director general de Carreteras. Solo se venderá queso de mayo a octubre en el mercado de Carreteras.", "The jueza has quoted the ancient general director of Roads. Only cheese will be sold of May to October in the market of Roads."))
            .PivotEdition("en", english)
            .Edition("fr", ("La juge a cité l'ancien directeur général des Routes. Seul du fromage sera vendu de Mai à octobre au marché de Carreteras.", "The judge has quoted the ancient general director of the Roads. Only of the cheese will be sold of May to October in the market of Carreteras."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["carreteras"];

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("La librairie organisera une soirée de lecture avec la bibliothèque de Ballycastle.", false)]
    [InlineData("La librairie organisera une soirée de lecture avec la librairie municipale de Ballycastle.", true)]
    public void FalseSense_LeavesLibrairieBesideBibliotheque(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The shop will hold a reading evening with Ballycastle library.")
            .Edition("fr", (french, "The bookshop will organise a night of reading with the library of Ballycastle."))
            .Build();

        var findings = new FalseSenseDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Elle prend le bus de 7.15 pour Newtown.", true)]
    [InlineData("Elle prend le bus de 7 h 15 pour Newtown.", false)]
    [InlineData("Le ticket passe de 1,70 à 1,90 euro.", false)]
    public void Numbers_FindsATimeWrittenWithAPointInFrench(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "She takes the 7.15 bus to Newtown.")
            .Edition("fr", (french, "She takes the bus of 7.15 for Newtown."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "fr" && f.Message.Contains("the English way", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void NamedEntity_KeepsACompanysCompassPoint()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La obra la ejecuta Obras Ribera Sur, con sede en Tudela.", "The work executes it Works Ribera South, with seat in Tudela."))
            .Edition("fr", ("Les travaux sont confiés à Obras Ribera Sur, basée à Tudela.", "The works are entrusted to Obras Ribera Sur, based in Tudela."))
            .Edition("ca", ("L'obra l'executa Obres Ribera Sud, amb seu a Tudela.", "The work executes it Works Ribera South, with seat in Tudela."))
            .PivotEdition("en", "The work is carried out by Obras Ribera Sur, based in Tudela.")
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.NotEmpty(findings);
    }
}

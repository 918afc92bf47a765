using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class AccuracyChecksTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void NamedEntity_PointsAtLiteralTranslation_WhenOtherEditionsKeepThePublicationName()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Il l'explique dans un entretien traduit par Courrier international.", "It explains it in an interview translated by international Post."))
            .Edition("es", ("Lo explica en una entrevista traducida por Courrier International.", "It explains it in an interview translated by Courrier International."))
            .PivotEdition("en", "He explains it in an interview translated by International Mail.")
            .Build();

        var finding = Assert.Single(new NamedEntityDetector(Options).Detect(context));

        Assert.Equal(("International Mail", Severity.Major), (finding.Text, finding.Severity));
        Assert.Contains("Courrier", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedEntity_FindsNothing_WhenNamesAreSpelledDifferentlyOrTranslatedByTheEngines()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Sergueï Lavrov était à Moscou avec Choe Son Hui, près de Koursk.", "Sergueï Lavrov was in Moscow with Choe Son Hui, near Kursk."))
            .Edition("es", ("Serguéi Lavrov estaba en Moscú con Choe Son Hui, cerca de Kursk.", "Serguéi Lavrov was in Moscow with Choe Son Hui, near Kursk."))
            .PivotEdition("en", "Sergei Lavrov was in Moscow with Choe Son Hui, near Kursk.")
            .Build();

        Assert.Empty(new NamedEntityDetector(Options).Detect(context));
    }

    [Fact]
    public void NamedEntity_FindsStreetNameTranslated_WhenTheEngineTurnsItBackIntoTheName()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Las entradas se venden en la calle de los Olivos.", "The entrances sell  in the street of the Olivos."))
            .PivotEdition("en", "Tickets are sold on Calle de los Olivos.")
            .Edition("fr", ("Les billets sont vendus rue des Oliviers.", "The banknotes are sold street of the Olivos."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Olivos"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Olivos"];

        var finding = Assert.Single(new NamedEntityDetector(Options).Detect(context));

        Assert.Equal(("fr", "Oliviers"), (finding.Language, finding.Text));
    }

    [Fact]
    public void NamedEntity_FindsNothing_WhenEditionUsesItsOwnNameForAPlace()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les quais de Dunkerque sont à l'arrêt.", "The docks of Dunkerque are stopped."))
            .Edition("es", ("Los muelles de Dunkerque están parados.", "The docks of Dunkerque are stopped."))
            .PivotEdition("en", "The docks in Dunkirk have stopped.")
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Dunkerque"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Dunkerque"];

        Assert.Empty(new NamedEntityDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("La Corogne", false)]
    [InlineData("La Couronne", true)]
    public void NamedEntity_AcceptsTheEditionsOwnFormOfAPlace_ButNotAnotherName(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El temporal azotó la costa de Coruña y de Lugo.", "The storm lashed the coast of Coruña and of Lugo."))
            .PivotEdition("en", "The storm lashed the coast of Coruña and Lugo.")
            .Edition("fr", ($"La tempête a frappé la côte de {french} et de Lugo.", "The storm has struck the coast of The Coruña and of Lugo."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Coruña", "Lugo"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Coruña", "Lugo"];

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Language == "fr"));
    }

    [Theory]
    [InlineData("Burdeos", false)]
    [InlineData("Arcachón", true)]
    public void NamedEntity_AcceptsThePlaceNameTheEngineRouteGives_ButNotAnotherName(string spanish, bool expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les élus sont réunis à Bordeaux.", "The elect are gathered to Burdeos."))
            .PivotEdition("en", "The officials gathered in Bordeaux.")
            .Edition("es", ($"Los diputados se reunieron en {spanish}.", $"The deputies gathered in {spanish}."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Burdeos"];
        context.Editions[2].Paragraphs[0].UnknownWords = [spanish];

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Language == "es"));
    }

    [Theory]
    [InlineData("the Joint", false)]
    [InlineData("the Junta", false)] // Round 100: with nothing in its place, a name is missing only where it was dropped from a list.
    public void NamedEntity_AcceptsADescriptionOfAOneWordName_WhenTheEnginesTranslateItAsAWord(string spanishPivot, bool expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Olmedo recordó que la Junta ya había aprobado un plan.", $"Olmedo remembered that {spanishPivot} already had approved a plan."))
            .PivotEdition("en", "Olmedo recalled that the Junta had approved a plan.")
            .Edition("fr", ("Olmedo a rappelé que le gouvernement régional avait approuvé un plan.", "Olmedo has remembered that the regional government had approved a plan."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Olmedo"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Olmedo"];

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Language == "fr"));
    }

    [Theory]
    [InlineData("El portavoz, el cirujano Andrés Penalba, habló con la prensa en Nimes.", "Penalba")]
    [InlineData("El portavoz, el cirujano Andrés Peñalba, habló con la prensa en Nimes.", null)]
    public void NamedEntity_FindsANameThatLostItsDiacritics_OnlyWhenTheEditionsLanguageWritesTheLostLetter(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Le porte-parole, le chirurgien Andrés Peñalba, a parlé à la presse à Nîmes.", "The spokesman, the surgeon Andrés Peñalba, has spoken to the press in Nîmes."))
            .Edition("es", (spanish, "The spokesman, the surgeon Andrés Penalba, spoke with the press in Nimes."))
            .PivotEdition("en", "The spokesman, surgeon Andrés Peñalba, spoke to the press in Nîmes.")
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "es" && f.Message.Contains("diacritics", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Les vendanges de Valdepenas ont commencé lundi.", "Valdepenas")]
    [InlineData("Les vendanges de Valdepeñas ont commencé lundi.", null)]
    public void NamedEntity_FindsANameThatLostItsEnye_EvenInALanguageWithoutTheLetter(string french, string? expected)
    {
        // « ñ » is a letter of its own, which French copy keeps (« Valdepeñas »), unlike the acute accents it may drop.
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La vendimia de Valdepeñas empezó el lunes.", "The grape harvest of Valdepeñas began on Monday."))
            .PivotEdition("en", "The grape harvest in Valdepeñas began on Monday.")
            .Edition("fr", (french, "The grape harvests of " + (expected ?? "Valdepeñas") + " began Monday."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "fr" && f.Message.Contains("diacritics", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Les habitants d'Ardesier, le village voisin, ont signé la pétition.", "Ardesier")]
    [InlineData("Les habitants d'Ardersier, le village voisin, ont signé la pétition.", null)]
    public void NamedEntity_FindsAMisspelledNameAfterAnElidedPreposition(string french, string? expected)
    {
        var word = expected ?? "Ardersier";
        var context = new ContextBuilder(reference: "en")
            .Edition("en", ("Residents of Ardersier, the nearest village, signed the petition.", "Residents of Ardersier, the nearest village, signed the petition."))
            .Edition("es", ("Los vecinos de Ardersier, el pueblo vecino, firmaron la petición.", "The neighbours of Ardersier, the neighbouring village, signed the petition."))
            .Edition("fr", (french, "The inhabitants of " + word + ", the neighbouring village, have signed the petition."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = [word];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Other towns, such as Morteau and La Chaux-de-Fond, could open similar workshops.", "Chaux-de-Fond")]
    [InlineData("Other towns, such as Morteau and La Chaux-de-Fonds, could open similar workshops.", null)]
    public void NamedEntity_FindsAMisspelledNameJoinedBySmallWords_ByItsUnknownCapitalisedPart(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("D'autres villes, comme Morteau et La Chaux-de-Fonds, pourraient ouvrir des ateliers.", "Other cities, like Morteau and The Cal-of-Funds, could open workshops."))
            .Edition("ca", ("Altres ciutats, com ara Morteau i La Chaux-de-Fonds, podrien obrir tallers.", "Other cities, like Morteau and The Chaux-of-Fonds, could open workshops."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Morteau", "Chaux"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The finds include two red-nosed Gnafrons and a rare Madelon.", null)]
    [InlineData("The finds include a red-nosed Gnafrons and a rare Madelon.", "Gnafrons")]
    public void NamedEntity_LeavesAnEnglishPluralOfAName_AfterACount(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Parmi les trouvailles figurent deux Gnafron au nez rouge et une rare Madelon.", "Among the finds figure two Gnafron with red nose and a rare Madelon."))
            .Edition("es", ("Entre los hallazgos figuran dos Gnafron de nariz roja y una rara Madelon.", "Among the finds figure two Gnafron of red nose and a rare Madelon."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Gnafrons", "Madelon"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The Department do Mar closed the banks.", null)]
    [InlineData("The Conselleria do Mar closed the banks.", "Conselleria")]
    public void NamedEntity_LeavesAWordWithoutDiacritics_WhenTheEditionsEngineTranslatedItAsAWordOfItsLanguage(string catalanPivot, string? expected)
    {
        // « Conselleria » is Catalan, « Consellería » Galician and Spanish: only a word the engine passed through can be a name that lost a letter.
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La Consellería do Mar cerró los bancos.", "The Consellería do Mar closed the banks."))
            .PivotEdition("en", "The Consellería do Mar closed the beds.")
            .Edition("ca", ("La Conselleria do Mar va tancar els bancs.", catalanPivot))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca" && f.Message.Contains("diacritics", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void NamedEntity_LeavesAName_WhenOnlyItsCapitalsDiffer()
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("La station de Font-Romeu ouvrira samedi, comme celle des Angles.", "The station of Font-Romeu will open Saturday, as that of the Angles."))
            .PivotEdition("en", "The Font-Romeu resort will open on Saturday, as will Les Angles.")
            .Edition("ca", ("L'estació de Font-romeu obrirà dissabte, com la dels Angles.", "The station of Font-romeu will open Saturday, as that of the Angles."))
            .Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Language == "ca");
    }

    [Theory]
    [InlineData("La mestra, Lucía Ferrández, va arribar de Sòria.", null)]
    [InlineData("La mestra, Lucía Ferrández, va arribar de Soria.", null)]
    [InlineData("La mestra, Lucía Ferrández, va arribar de Soria!", null)]
    public void NamedEntity_LeavesAPersonsNameKeptWithAccentsTheEditionsLanguageWrites(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La maestra, Lucía Ferrández, llegó de Soria.", "The teacher, Lucía Ferrández, arrived of Soria."))
            .PivotEdition("en", "The teacher, Lucia Ferrandez, came from Soria.")
            .Edition("ca", (catalan, "The teacher, Lucía Ferrández, arrived of Soria."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca" && f.Message.Contains("spelled as in the original", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void NamedEntity_FindsAnEnglishNameThatLostItsAccents_WhenTheEditionWritesAccentsElsewhere()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El portavoz, el cirujano Andrés Peñalba, habló con la prensa en Jaén.", "The spokesman, the surgeon Andrés Peñalba, spoke with the press in Jaén."))
            .Edition("fr", ("Le porte-parole, le chirurgien Andrés Peñalba, a parlé à la presse à Jaén.", "The spokesman, the surgeon Andrés Peñalba, has spoken to the press in Jaén."))
            .PivotEdition("en", "The spokesman, surgeon Andrés Penalba, spoke to the press in Jaén.")
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Message.Contains("diacritics", StringComparison.Ordinal));

        Assert.Equal(["Penalba"], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The new night train leaves Barcelona for Paris at 19:40, says Núria Solà.", "The new night train leaves Barcelona for Paris at 19:40, says Núria Sola.", null)]
    [InlineData("The new night train leaves Barcelona for Paris at 19:40, says Núria Sola.", "The new night train leaves Barcelona for París at 19:40, says Núria Sola.", "Paris")]
    public void NamedEntity_LeavesAPlaceTheEnginesRenderInTheEditionsOwnForm(string english, string catalanPivot, string? expected)
    {
        // The engines turn « París » into "Paris": English's own name for the city, not a name that lost its accent.
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El nou tren nocturn surt de Barcelona cap a París a les 19.40, diu Núria Solà.", catalanPivot))
            .Edition("es", ("El nuevo tren nocturno sale de Barcelona hacia París a las 19.40, dice Núria Solà.", catalanPivot))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("diacritics", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text).Where(t => t == "Paris"));
    }

    [Fact]
    public void NamedEntity_LeavesAnEnglishNameWithoutAccentsAlone_AsAHouseStyle()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El portavoz, el cirujano Andrés Peñalba, habló con la prensa.", "The spokesman, the surgeon Andrés Peñalba, spoke with the press."))
            .Edition("fr", ("Le porte-parole, le chirurgien Andrés Peñalba, a parlé à la presse.", "The spokesman, the surgeon Andrés Peñalba, has spoken to the press."))
            .PivotEdition("en", "The spokesman, surgeon Andres Penalba, spoke to the press.")
            .Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Message.Contains("diacritics", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The government of Aragon and the Catalan government will fund the sensors.", null)]
    [InlineData("The government of Aragon and the Catalan government's health agency will fund the sensors.", null)]
    [InlineData("The government of Aragon and the Catalan Executive will fund the sensors.", "Catalan Executive")]
    public void NamedEntity_AcceptsADescriptionOfAnInstitution_ButNotAnotherName(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El Govern d'Aragó i la Generalitat finançaran els sensors.", "The Government of Aragon and the Generalitat will fund the sensors."))
            .Edition("es", ("El Gobierno de Aragón y la Generalitat financiarán los sensores.", "The Government of Aragon and the Generalitat will fund the sensors."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Generalitat"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Generalitat"];

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Thorley venció a la polaca Natalia Wronna.", "Wronna")]
    [InlineData("Thorley venció a la polaca Natalia Wrone.", null)]
    [InlineData("Thorley venció a la polaca Natalia Tchwrona.", null)]
    public void NamedEntity_FindsANameWithALetterDoubledOrDroppedInATranslatedEdition_ButNotAnotherEnding(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "Thorley beat Poland's Natalia Wrona.")
            .Edition("fr", ("Thorley a battu la Polonaise Natalia Wrona.", "Thorley beat the Polish Natalia Wrona."))
            .Edition("es", (spanish, spanish))
            .Build();
        var name = spanish.Split(' ')[^1].TrimEnd('.');
        context.Editions[1].Paragraphs[0].UnknownWords = ["Wrona"];
        context.Editions[2].Paragraphs[0].UnknownWords = [name];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "es" && f.Message.Contains("letter", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Jordi Puig heads the fishermen of Gruisan, Zelensky said.", "Gruisan")]
    [InlineData("Jordi Puig heads the fishermen of Gruissan, Zelensky said.", null)]
    public void NamedEntity_FindsANameOneLetterOffTheFormTheOthersAgreeOn(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Jordi Puig dirige les pêcheurs de Gruissan, a dit Zelenski.", "Jordi Puig directs the fishermen of Gruissan, has said Zelenski."))
            .Edition("es", ("Jordi Puig dirige a los pescadores de Gruissan, dijo Zelenski.", "Jordi Puig directs the fishermen of Gruissan, said Zelenski."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Gruisan", "Gruissan", "Zelensky"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The port of Felixtowe is the busiest.", "Felixtowe")]
    [InlineData("The port of Felixstowes is the busiest.", null)]
    public void NamedEntity_FindsASlipInANameTheEditionSpellsRightElsewhere_ButNotAnEnding(string second, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les dockers de Felixstowe en grève.", "The dockers of Felixstowe on strike."), ("Le port de Felixstowe est le plus actif.", "The port of Felixstowe is the most active."))
            .Edition("es", ("Los estibadores de Felixstowe en huelga.", "The stevedores of Felixstowe on strike."), ("El puerto de Felixstowe es el más activo.", "The port of Felixstowe is the most active."))
            .PivotEdition("en", "Felixstowe dockers on strike.", second)
            .Build();
        context.Editions[2].Paragraphs[1].UnknownWords = ["Felixtowe", "Felixstowes"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("letter", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Nobody warned us, he says. Foncuberta recalls his proposal.", "Foncuberta")]
    [InlineData("Nobody warned us, he says. Fontcuberta recalls his proposal.", null)]
    public void NamedEntity_FindsASlipInANameThatOpensASentence(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Ningú no ens va avisar, diu. Fontcuberta recorda la seva proposta.", "Nobody warned us, says. Fontcuberta recalls his proposal."))
            .Edition("es", ("Nadie nos avisó, dice. Fontcuberta recuerda su propuesta.", "Nobody warned us, says. Fontcuberta recalls his proposal."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Foncuberta", "Fontcuberta"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("letter", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void NamedEntity_LeavesTheOriginalsSpelling_WhenTheOtherEditionsLanguageWritesTheSameLetters()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les pêcheurs de Gruissan et la Commission européenne.", "The fishermen of Gruissan and the European Commission."))
            .Edition("es", ("Los pescadores de Gruissan y la Comisión Europea.", "The fishermen of Gruissan and the European Commission."))
            .PivotEdition("en", "The fishermen of Gruisan and the European Commission.")
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "es" || f.Text.Contains("Commission", StringComparison.Ordinal));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("«No és màgia», adverteix el cap de la unitat, Jorge Vilaplana.", "Jorge Vilaplana")]
    [InlineData("«No és màgia», adverteix el cap de la unitat, Jordi Vilaplana.", null)]
    public void NamedEntity_FindsATranslatedFirstName_ButNotAnInstitutionsTranslatedFirstWord(string spanishText, string? expected)
    {
        var first = spanishText.Contains("Jorge", StringComparison.Ordinal) ? "Jorge" : "Jordi";
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("«No és màgia», adverteix el cap de la unitat, Jordi Vilaplana, del Consell Comarcal.", "«It is not magic», warns the head of the unit, Jordi Vilaplana, of the Regional Council."))
            .Edition("es", (spanishText + " El Consejo Comarcal lo apoya.", "«It is not magic», warns the head of the unit, " + first + " Vilaplana. The Regional Council supports it."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The title went to Lyon's Inès Morel, who won on her last attempt.", null)]
    [InlineData("The title went to Agnes Morel, who won on her last attempt.", "Agnes Morel")]
    public void NamedEntity_TakesNoPossessiveForAFirstName(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Le titre est revenu à la Lyonnaise Inès Morel, victorieuse à son dernier essai.", "The title has come back to the Lyonnaise Inès Morel, victorious to his last test."))
            .Edition("es", ("El título fue para la lionesa Inès Morel, que ganó en su último intento.", "The title was for the lionesa Inès Morel, that won in his last attempt."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("John-Baptist Lafitte, oyster farmer since 1998, lost three weeks of sales.", "John-Baptist Lafitte")]
    [InlineData("Yesterday Lafitte, oyster farmer since 1998, lost three weeks of sales.", null)]
    public void NamedEntity_FindsATranslatedFirstName_AtTheStartOfASentence(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Jean-Baptiste Lafitte, ostréiculteur depuis 1998, a perdu trois semaines de ventes.", "Jean-Baptiste Lafitte, oyster farmer from 1998, has lost three weeks of sales."))
            .Edition("es", ("Jean-Baptiste Lafitte, ostricultor desde 1998, perdió tres semanas de ventas.", "Jean-Baptiste Lafitte, oyster farmer since 1998, lost three weeks of sales."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("first name", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The Board of Andalusia will pay for the new mill.", "Board of Andalusia")]
    [InlineData("The Andalusian regional government will pay for the new mill.", null)]
    public void NamedEntity_FindsAnInstitutionsNameTranslatedWordForWord(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La Junta de Andalucía pagará la nueva almazara.", "The Board of Andalusia will pay the new oil mill."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("word for word", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Five families moved to Molinos of Duero last year.", "Molinos of Duero")]
    [InlineData("Five families moved to Molinos de Duero last year.", null)]
    public void NamedEntity_FindsAPlaceNameWhoseLinkAloneWasTranslated(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Cinco familias se mudaron a Molinos de Duero el año pasado.", "Five families moved to Molinos of Duero the last year."))
            .PivotEdition("en", english)
            .Edition("ca", ("Cinc famílies es van traslladar a Molinos de Duero l'any passat.", "Five families moved to Molinos of Duero the last year."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Message.Contains("half translates", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The workshop is on the street of Austerlitz, near the castle of Versailles copy.", "street of Austerlitz")]
    [InlineData("The workshop is on the rue d'Austerlitz.", null)]
    [InlineData("The workshop is on the street of Lyon's old town.", null)]
    public void NamedEntity_FindsAPlaceNamesHeadNounTranslatedWordForWord(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("L'atelier se trouve rue d'Austerlitz.", "The workshop is found street of Austerlitz."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Message.Contains("place name", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Hi ha sales obertes a Lucena i Priego de Córdoba.", "There are rooms open in Lucena and Priego of Córdoba.", "Priego of Córdoba")]
    [InlineData("Els senglars arriben fins a Sant Cugat del Vallès.", "The boars reach as far as Sant Cugat of the Vallès.", "Sant Cugat of the Vallès")]
    [InlineData("Els senglars arriben fins a Sant Cugat del Vallès.", "The boars reach as far as Sant Cugat del Vallès.", null)]
    [InlineData("L'hospital Arnau de Vilanova de Lleida obre una unitat.", "The hospital Arnau de Vilanova of Lleida opens a unit.", null)]
    public void NamedEntity_FindsAHalfTranslatedPlaceNameAfterAnotherName_OrWithTheArticle(string catalan, string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", (catalan, english))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Message.Contains("half translates", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void NamedEntity_LeavesASpanishPersonsAccentsAlone_WhereAnotherEditionTranslatedTheFirstName()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La investigadora Lucía Maldonado lo confirmó.", "The researcher Lucía Maldonado confirmed it."))
            .PivotEdition("en", "The researcher Lucía Maldonado confirmed it.")
            .Edition("fr", ("La chercheuse Lucie Maldonado l'a confirmé.", "The researcher Lucie Maldonado has confirmed it."))
            .Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Language == "en");
    }

    [Fact]
    public void Untranslated_FindsEngineMarkerAndSourceRun()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le conflit russo-ukrainien selon le ministère des Affaires étrangères.", "The conflict russo-ukrainien according to the ministry of Foreign Affairs."))
            .PivotEdition("en", "The *russo-ukrainien conflict, selon le ministère of Foreign Affairs.")
            .Build();

        var findings = new UntranslatedDetector(Options).Detect(context).Select(f => f.Text).ToList();

        Assert.Equal(["*russo-ukrainien", "selon le ministère"], findings);
    }

    [Theory]
    [InlineData("The farms grow olives on secano land.", "secano")]
    [InlineData("The farms grow olives on dry land.", null)]
    public void Untranslated_FindsASourceWordInThePivotEdition_EvenWhenTheOriginalsEngineLeftItToo(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Las fincas cultivan olivos de secano.", "The farms cultivate olive trees of secano."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["secano"];
        context.Editions[1].Paragraphs[0].UnknownWords = english.Contains("secano", StringComparison.Ordinal) ? ["secano"] : [];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The orchestra plays the Symphonie fantastique by Berlioz.", null)]
    [InlineData("The orchestra plays the symphonie fantastique by Berlioz.", "fantastique")]
    public void Untranslated_LeavesAFrenchNameKeptAsTheOriginalWritesIt(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("L'orchestre joue la Symphonie fantastique de Berlioz.", "The orchestra plays the fantastic Symphony of Berlioz."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Berlioz"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["symphonie", "fantastique", "Symphonie"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The bistro now serves soufflés and bavettes.", "bavettes")]
    [InlineData("The bistro now serves soufflés and steaks.", null)]
    public void Untranslated_LeavesAFrenchLoanwordEnglishWritesWithItsAccent(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Le bistrot sert désormais des soufflés et des bavettes.", "The bistro serves now soufflés and bavettes."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = WordTokenizerWords(english).Where(w => w is "soufflés" or "bavettes").ToList();

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    private static IEnumerable<string> WordTokenizerWords(string text) => text.Split(' ', '.').Where(w => w.Length > 0);

    [Fact]
    public void Untranslated_LeavesATermTheEditionBorrowsThroughout()
    {
        var catalan = new[] { "Els castells de Valls.", "Tres castells de deu pisos.", "Els castells són patrimoni.", "La colla va caure." };
        var french = new[] { "Les castells de Valls.", "Trois castells de dix étages.", "Les castells sont patrimoine.", "La colla est tombée." };
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", catalan.Select(t => (t, (string?)"The towers and the group.")).ToArray())
            .Edition("fr", french.Select(t => (t, (string?)t)).ToArray())
            .Build();
        foreach (var paragraph in context.Editions[1].Paragraphs)
        {
            paragraph.UnknownWords = ["castells", "colla"];
        }

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "fr").Select(f => f.Text).ToList();

        Assert.Equal(["colla"], findings);
    }

    [Fact]
    public void Untranslated_LeavesATermTheEditionBorrows_InTheSingularOrPlural_OrIntroducesByName()
    {
        var catalan = new[] { "Els castells de Valls i els hórreos.", "Tres castells de deu pisos.", "Un castell és patrimoni.", "La colla va caure." };
        var french = new[] { "Les castells de Valls et des greniers, appelés hórreos.", "Trois castells de dix étages.", "Un castell est patrimoine.", "La colla est tombée." };
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", catalan.Select(t => (t, (string?)"The towers and the group.")).ToArray())
            .Edition("fr", french.Select(t => (t, (string?)t)).ToArray())
            .Build();
        foreach (var paragraph in context.Editions[1].Paragraphs)
        {
            paragraph.UnknownWords = ["castells", "castell", "colla", "hórreos"];
        }

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "fr").Select(f => f.Text).ToList();

        Assert.Equal(["colla"], findings);
    }

    [Fact]
    public void Untranslated_LeavesARunAnotherTranslationKeepsWordForWord()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Van carregar un 3 de 10 amb folre i manilles.", "They loaded a 3 of 10 with folre and manilles."))
            .Edition("fr", ("Ils ont réussi un 3 de 10 amb folre i manilles, une tour de dix étages.", "…"))
            .PivotEdition("en", "They completed a 3 de 10 amb folre i manilles, a ten-tier tower.")
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["amb", "folre", "manilles"];

        Assert.Empty(new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "fr").Select(f => f.Text));
    }

    [Theory]
    [InlineData("Las imágenes multiespectral revelan el texto.", "multiespectral", null)]
    [InlineData("La campaña de micromecenatge recaudó dinero.", "micromecenatge", "micromecenatge")]
    public void Untranslated_LeavesALearnedCompoundSpanishAndCatalanSpellAlike_ButNotOneWithACatalanEnding(string spanish, string word, string? expected)
    {
        var catalan = word == "multiespectral" ? "Les imatges multiespectral revelen el text." : "La campanya de micromecenatge va recaptar diners.";
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", (catalan, "The images reveal the text."))
            .Edition("es", (spanish, "The images reveal the text."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = [word];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El estudio de arquitectura Vilaró i Puig firma el proyecto.", null)]
    [InlineData("El estudio de arquitectura i urbanisme firma el proyecto.", "arquitectura i urbanisme")]
    public void Untranslated_LeavesASourceLinkInsideAName_ButNotInARun(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("L'estudi d'arquitectura i urbanisme Vilaró i Puig signa el projecte.", "The studio of architecture and town planning Vilaró and Puig signs the project."))
            .Edition("es", (spanish, "The studio of architecture signs the project."))
            .Build();

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Una pasarela de dos metros de amplada.", "amplada")]
    [InlineData("Una pasarela de dos metros de anchura.", null)]
    public void Untranslated_FindsASourceWordTheOriginalWritesWithAnElision(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Una passarel·la de dos metres d'amplada.", "A walkway of two metres of width."))
            .Edition("es", (spanish, "A walkway of two metres of " + spanish.Split(' ')[^1].TrimEnd('.') + "."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = [spanish.Split(' ')[^1].TrimEnd('.')];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("sàtirs i ménades.", "ménades")]
    [InlineData("sàtirs i mènades.", null)]
    public void Untranslated_FindsAnUnknownSourceWord_ButNotOneTheEditionSpellsWithItsOwnAccents(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Rodeado de sátiros y ménades.", "Surrounded of satyrs and maenads."))
            .PivotEdition("en", "Surrounded by satyrs and maenads.")
            .Edition("ca", ("Envoltat de " + catalan, "Surrounded of satyrs and " + catalan.Split(' ')[^1].TrimEnd('.') + "."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = [catalan.Split(' ')[^1].TrimEnd('.')];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Les travaux attendent le feu vert du conseil d'Argyll and Bute.", null)]
    [InlineData("Les travaux attendent le feu vert and du conseil d'Argyll.", "and")]
    public void Untranslated_TakesASourceLinkBetweenTwoCapitalisedWordsAsPartOfAName(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "Work awaits approval and the green light from Argyll and Bute Council.")
            .Edition("fr", (french, "The works await the green fire of the council of Argyll and Bute."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["and", "Argyll", "Bute"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The budget is covered by the City and the Grand Est region.", null)]
    [InlineData("The budget is covered by the City and par la région Grand Est.", "par la région Grand Est")]
    public void Untranslated_TakesACapitalisedFunctionWordInMidSentenceAsPartOfAName(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le budget est couvert par la Ville et la Région Grand Est.", "The budget is covered by the City and the Big Region East."))
            .PivotEdition("en", english)
            .Build();

        var findings = new UntranslatedDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Le prix récompense «Sota la pluja de març» (Sous la pluie de mars), son deuxième roman.", null)]
    [InlineData("Le prix récompense «Sota la pluja de març», son deuxième roman.", "pluja")]
    public void Untranslated_LeavesAQuotedTitleKeptWithItsTranslationInBrackets_ButNotOneLeftBare(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El premi distingeix «Sota la pluja de març», la seva segona novel·la.", "The prize distinguishes «Under the rain of March», her second novel."))
            .PivotEdition("en", "The prize honours “Under the March Rain”, her second novel.")
            .Edition("fr", (french, "The prize rewards «Sota the pluja of març», his second novel."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Sota", "pluja", "març"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Untranslated_FindsSourceWordThePivotEditionsDictionaryLacks_ButNotNamesOrWordsOutsideTheOriginal()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El concejal de Movilidad, Julián Oteiza, visitó el tranvía con su equipo.", "The councillor of Mobility, Julián Oteiza, visited the tram with his team."))
            .PivotEdition("en", "The concejal for Mobility, Julián Oteiza, visited the tram with his team of inspectorz.")
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["concejal", "Oteiza", "inspectorz"];

        var finding = Assert.Single(new UntranslatedDetector(Options).Detect(context));

        Assert.Equal("concejal", finding.Text);
        Assert.Contains("(es)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Untranslated_FindsNoPlainSourceWord_WhenThePivotEditionHasNoDictionary()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El concejal de Movilidad visitó el tranvía.", "The councillor of Mobility visited the tram."))
            .PivotEdition("en", "The concejal for Mobility visited the tram.")
            .Build();

        Assert.Empty(new UntranslatedDetector(Options).Detect(context));
    }

    [Fact]
    public void Untranslated_FindsAShortSourceFunctionWordTheEditionsEngineLacks()
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Ils attendent les aides promises, soit 45 millions d'euros.", "They expect the promised aid, was 45 million euros."))
            .Edition("es", ("Esperan las ayudas prometidas, soit 45 millones de euros.", "They expect the promised aid, soit 45 million euros."))
            .PivotEdition("en", "They are waiting for the promised aid of €45 million.")
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["soit"];

        var finding = Assert.Single(new UntranslatedDetector(Options).Detect(context));

        Assert.Equal(("soit", "es"), (finding.Text, finding.Language));
    }

    [Theory]
    [InlineData("es", "La consellera de Agricultura, Anna Pujol, presentó el plan.", null)]
    [InlineData("fr", "Le moratoire sera réexaminé en novembre 2028 par le conseil.", null)]
    [InlineData("fr", "Le moratoire sera réexaminé el novembre de 2028 par le conseil.", "el novembre de 2028")]
    public void Untranslated_LeavesTitlesTheEditionsPressKeepsAndSharedFunctionWords(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("La consellera d'Agricultura, Anna Pujol, va presentar el pla. La moratòria es revisarà el novembre de 2028.", "The councillor of Agriculture, Anna Pujol, presented the plan. The moratorium will revise the November of 2028."))
            .Edition(language, (text, text))
            .PivotEdition("en", "The agriculture minister, Anna Pujol, presented the plan.")
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["consellera", "revisat"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The Consejería of Health starts the campaign on Monday.", "Consejería")]
    [InlineData("The Consejería de Sanidad starts the campaign on Monday.", null)]
    [InlineData("The regional health department starts the campaign on Monday.", null)]
    public void Untranslated_FindsAHalfTranslatedName_ButNotOneKeptWhole(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La Consejería de Sanidad inicia la campaña el lunes.", "The Council of Health initiates the campaign the Monday."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["Consejería", "Sanidad"];

        var findings = new UntranslatedDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Starlight Reserve", null)]
    [InlineData("dark-sky reserve", "Starlight")]
    public void Untranslated_LeavesAHalfTranslatedNameWhoseWordAnotherTranslationKeeps(string englishName, string? expected)
    {
        const string french = "La commune fait partie de la réserve Starlight du Montsec depuis 2013.";
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El municipi forma part de la Reserva Starlight del Montsec des del 2013.", "The municipality forms part of the Reserve Starlight of the Montsec from 2013."))
            .PivotEdition("en", $"The town has been part of the Montsec {englishName} since 2013.")
            .Edition("fr", (french, french))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Starlight", "Montsec"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Starlight", "Montsec"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El bosc és de l'Office national des forêts des del 1966.", null)]
    [InlineData("El bosc és de l'oficina de les forêts des del 1966.", "forêts")]
    public void Untranslated_LeavesAFrenchNameKeptWholeAfterAnElidedArticle(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("La forêt appartient à l'Office national des forêts depuis 1966.", "The forest belongs to the National Office of the forests from 1966."))
            .PivotEdition("en", "The forest has belonged to the National Forests Office since 1966.")
            .Edition("ca", (catalan, catalan))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["forêts"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The theatre premiered « La casa de les onades » on Thursday.", null)]
    [InlineData("The theatre premiered « La maison des vagues » on Thursday.", "La casa de les onades")]
    public void Untranslated_LeavesATitleAnotherTranslationAlsoKeeps(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El teatre va estrenar dijous «La casa de les onades».", "The theatre premiered Thursday «The house of the waves»."))
            .PivotEdition("en", "The theatre premiered \"La casa de les onades\" on Thursday.")
            .Edition("fr", (french, french))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["onades"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Untranslated_FindsAFrenchCompoundJoinedByAnApostropheInThePivotEdition()
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Jordi Puig, patron de la prud'homie de Gruissan, est inquiet.", "Jordi Puig, pattern of the prud'homie of Gruissan, is restless."))
            .PivotEdition("en", "Jordi Puig, head of the prud'homie of Gruissan, is worried.")
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["prud", "Gruissan"];

        var finding = Assert.Single(new UntranslatedDetector(Options).Detect(context));

        Assert.Equal("prud'homie", finding.Text);
    }

    [Fact]
    public void LengthRatio_FlagsShortParagraph_WhenFarBelowEditionMedian()
    {
        var fr = Enumerable.Range(0, 4).Select(i => ("Le ministre a plaidé pour la levée des restrictions sur l'usage des missiles de longue portée, ce que Kiev réclame depuis des mois.", (string?)"pivot")).ToArray();
        var en = new[]
        {
            "The minister argued for lifting restrictions on the use of long-range missiles, which Kyiv has been demanding for months.",
            "The minister argued for lifting restrictions on the use of long-range missiles, which Kyiv has been demanding for months.",
            "The minister argued for lifting restrictions.",
            "The minister argued for lifting restrictions on the use of long-range missiles, which Kyiv has been demanding for months.",
        };
        var context = new ContextBuilder().Edition("fr", fr).PivotEdition("en", en).Build();

        var finding = Assert.Single(new LengthRatioDetector(Options).Detect(context));

        Assert.Equal((2, Categories.Omission), (finding.Paragraph, finding.Category));
    }

    [Fact]
    public void LengthRatio_LeavesAShortHeadline()
    {
        var fr = Enumerable.Range(0, 4).Select(i => ("Le ministre a plaidé pour la levée des restrictions sur l'usage des missiles de longue portée, ce que Kiev réclame depuis des mois.", (string?)"pivot")).ToArray();
        var en = new[]
        {
            "Minister argues for lifting missile limits.",
            "The minister argued for lifting restrictions on the use of long-range missiles, which Kyiv has been demanding for months.",
            "The minister argued for lifting restrictions on the use of long-range missiles, which Kyiv has been demanding for months.",
            "The minister argued for lifting restrictions on the use of long-range missiles, which Kyiv has been demanding for months.",
        };
        var context = new ContextBuilder().Edition("fr", fr).PivotEdition("en", en).Heading(0).Build();

        Assert.Empty(new LengthRatioDetector(Options).Detect(context));
    }

    [Fact]
    public void LowSimilarity_FlagsParagraphUnlikeTheReference()
    {
        var pivots = new[]
        {
            "The minister has defended the lifting of the restrictions on the use of long range missiles, what Kiev demands from months.",
            "Russia has bought more than 16 500 containers of ammunitions to North Korea from September 2023 according to Washington.",
            "To the total, 8 000 soldiers have been deployed in the region of Kursk, according to Washington and its allies.",
            "In a video spread by the canal CNN, soldiers did the tail to receive material at a Russian training camp.",
        };
        var english = new[]
        {
            "The minister argued for lifting the restrictions on the use of long range missiles, which Kyiv has demanded for months.",
            "Russia has bought more than 16,500 containers of ammunition from North Korea since September 2023, according to Washington.",
            "The weather in Paris was sunny and mild all week, with temperatures well above the seasonal average for autumn.",
            "In a video broadcast by CNN, soldiers lined up to receive equipment at a Russian training camp.",
        };
        var context = new ContextBuilder().Edition("fr", pivots.Select(p => ("texte", (string?)p)).ToArray()).PivotEdition("en", english).Build();

        var finding = Assert.Single(new LowSimilarityDetector(Options).Detect(context));

        Assert.Equal(2, finding.Paragraph);
    }

    [Fact]
    public void LowSimilarity_LeavesHeadingsAlone_WhenAHeadlineIsRewritten()
    {
        var pivots = new[]
        {
            "The weather in Paris was sunny and mild all week, with temperatures well above the seasonal average for autumn.",
            "Russia has bought more than 16 500 containers of ammunitions to North Korea from September 2023 according to Washington.",
            "To the total, 8 000 soldiers have been deployed in the region of Kursk, according to Washington and its allies.",
            "In a video spread by the canal CNN, soldiers did the tail to receive material at a Russian training camp.",
        };
        var english = new[]
        {
            "The minister argued for lifting the restrictions on the use of long range missiles, which Kyiv has demanded for months.",
            "Russia has bought more than 16,500 containers of ammunition from North Korea since September 2023, according to Washington.",
            "A total of 8,000 soldiers have been deployed in the Kursk region, according to Washington and its allies.",
            "In a video broadcast by CNN, soldiers lined up to receive equipment at a Russian training camp.",
        };
        var builder = new ContextBuilder().Edition("fr", pivots.Select(p => ("texte", (string?)p)).ToArray()).PivotEdition("en", english);
        var context = builder.Build();
        Assert.Equal(0, Assert.Single(new LowSimilarityDetector(Options).Detect(context)).Paragraph);

        Assert.Empty(new LowSimilarityDetector(Options).Detect(builder.Heading(0).Build()));
    }
}

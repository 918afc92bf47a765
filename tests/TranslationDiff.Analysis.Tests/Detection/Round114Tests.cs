using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 114: false alarms and misses of blind98–101.</summary>
public class Round114Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("fr", "Les camions passeront pendantla nuit.", "pendantla", "pendant", "pendantla")]
    [InlineData("ca", "Cal desconfiar delscorreus fraudulents.", "delscorreus", "correus", "delscorreus")]
    [InlineData("ca", "Les cases situades al capdamunt de la duna.", "capdamunt", "damunt", null)]
    public void GluedWords_ReadsMorePrepositionsAsTheFirstPart_ButNotCatalanCap(string language, string text, string unknown, string knownPart, string? expected)
    {
        var context = new ContextBuilder(reference: "de").Edition("de", ("Der Verkehr wurde gesperrt.", "Traffic was closed."))
            .Edition(language, (text, "Traffic was closed " + unknown + ".")).Build();
        var paragraph = context.Editions[1].Paragraphs[0];
        paragraph.UnknownWords = [unknown];
        paragraph.UnknownToLanguage = [unknown];
        paragraph.KnownParts = [knownPart];

        var findings = new GluedWordsDetector(Options).Detect(context).Where(f => f.Language == language).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void NamedEntity_TakesAPlaceLinkedInsideANameInTheEditionsOwnForm()
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le Festival de Carcassonne se tient en juillet.", "The Festival of Carcasona is held in July."))
            .PivotEdition("en", "The Festival de Carcassonne is held in July.")
            .Edition("es", ("El Festival de Carcasona se celebra en julio.", "The Festival of Carcasona is held in July."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.DoesNotContain(findings, f => f.Text.StartsWith("Festival", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("le conseil de district de West Lindsey", false)]
    [InlineData("le conseil de highland", true)]
    public void LowercasedName_LeavesAFrenchNounLinkedToALowerCaseInstitution(string phrase, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The application reached West Lindsey District Council and the Highland Council.")
            .Edition("fr", ($"La demande est arrivée devant {phrase}.", $"The demand arrived before {phrase}."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["West", "Lindsey", "highland"];

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("L'agència regional de salut va validar el tancament.", false)]
    [InlineData("El pla regional de salut va validar el tancament.", true)]
    public void LowercasedName_LeavesACatalanAdjectiveAfterALowerCaseInstitutionNoun(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("L'Agence Régionale de santé a validé la fermeture.", "The Regional Agency of health has validated the closure."))
            .PivotEdition("en", "The Regional Health Agency approved the closure.")
            .Edition("ca", (catalan, "The regional agency of health validated the closure."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Ussel"];

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Acollirà uns 95 alumnes d'infantil i primària.", false)]
    [InlineData("Acollirà uns 95 alumnes d'infantil i archivel.", true)]
    public void LowercasedName_LeavesTheStagesOfSchooling(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Reunirá a unos 95 alumnos de Infantil y Primaria en Archivel.", "It will gather some 95 students of Childish and Primary in Archivel."))
            .PivotEdition("en", "It will have about 95 Primary pupils in Archivel.")
            .Edition("ca", (catalan, "It will host some 95 pupils of childish and primary."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["archivel"];

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Para el concejal, la ciudad debería haber previsto la caída de las ayudas.", false)]
    [InlineData("Para el concejal, la ciudad debería prever la caída de las ayudas.", true)]
    public void LostTense_AcceptsAConditionalModalBeforeAPerfectInfinitive(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Pour le conseiller, la ville aurait dû anticiper la baisse des aides.", "For the councillor, the city would have had to anticipate the drop of the aids."))
            .PivotEdition("en", "For the councillor, the city should have anticipated the drop in aid.")
            .Edition("es", (spanish, "For the councillor, the city should have foreseen the fall of the aids."))
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("La nouvelle maire recevra le mercredi, de 9 heures à midi.", "La nova alcaldessa atendrà els dimecres, de les 9 a les 12 del migdia.", false)]
    [InlineData("La nouvelle maire recevra le mercredi, de 9 heures à 11 heures.", "La nova alcaldessa atendrà els dimecres, de les 9 a les 12 del migdia.", true)]
    public void Numbers_ReadsNoonInWordsAsTwelve(string french, string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", (french, "The new mayor will receive on Wednesday."))
            .Edition("ca", (catalan, "The new mayor will attend on Wednesdays."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void Numbers_ReportsARangeOfTwelveHourTimesOnce()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The station will open from 10am to 4pm.")
            .Edition("es", ("La estación abrirá de 10am a 4pm.", "The station will open of 10am to 4pm."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "es" && f.Message.Contains("twelve-hour", StringComparison.Ordinal));

        Assert.Equal(["10am: “10am a 4pm” is written with the English twelve-hour clock; this language writes the number its own way."], findings.Select(f => f.Text + ": " + f.Message));
    }

    [Theory]
    [InlineData("«Només demanem que ens deixin continuar a casa nostra», resumeix.", false)]
    [InlineData("«Només demanem que ens deixin continuar als urbans horts», resumeix.", true)]
    public void WordOrder_LeavesAStressedPossessiveAfterItsNoun(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("«Solo pedimos que nos dejen seguir en nuestras casas y en los huertos urbanos», resume.", "«We only ask that they let us stay in our houses and in the urban orchards», sums up."))
            .PivotEdition("en", "\"We only ask to be allowed to stay in our homes,\" she said.")
            .Edition("ca", (catalan, "«We only ask that they let us stay at home», sums up."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Molina argued yesterday that the merger would allow it to add a specialist to the staff.", null)]
    [InlineData("Molina argued yesterday that the plan, which the school would extend it to the staff, works.", "it")]
    public void ResumptivePronoun_LeavesTheSubjectOfAnInfinitive(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Molina defendió ayer que la fusión permitirá ampliar la plantilla con un especialista.", "Molina defended yesterday that the merger will allow to extend the staff with a specialist."))
            .PivotEdition("en", english)
            .Edition("ca", ("Molina va defensar ahir que la fusió permetrà ampliar la plantilla amb un especialista.", "Molina defended yesterday that the merger will allow to extend the staff with a specialist."))
            .Build();

        var findings = new ResumptivePronounDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“it” repeats", StringComparison.Ordinal) ? "it" : f.Message));
    }

    [Theory]
    [InlineData("Its councillor has asked for a one-year postponement to study alternatives.", false)]
    [InlineData("Its councillor has postponed to study alternatives.", true)]
    public void Calque_LeavesANounBeforeAnInfinitive(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La concejala ha solicitado un aplazamiento de un año para estudiar alternativas.", "The councillor has requested a postponement of a year to study alternatives."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Text.Contains("to study", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("\"They came too early, before the rot had set in,\" says Odile Chabert.", null)]
    [InlineData("\"They came too early, before the rot set in,\" says Odile Chabert, who does not farm.", null)]
    public void OmittedWord_LeavesTheFrenchExpletiveNe(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("« Ils sont passés trop tôt, avant que la pourriture ne s'installe », estime Odile Chabert.", "« They have passed too early, before the rot does not settle », estimates Odile Chabert."))
            .PivotEdition("en", english)
            .Edition("es", ("«Pasaron demasiado pronto, antes de que la podredumbre no se instale», estima Odile Chabert.", "«They passed too early, before the rot does not settle», estimates Odile Chabert."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    [Theory]
    [InlineData("The mayor demanded that the plant stay closed until the causes are established.", null)]
    [InlineData("The mayor demanded that the plant open until the causes are established.", "not")]
    public void OmittedWord_ReadsStayClosedAsANegation(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("L'alcaldessa va reclamar que la planta no torni a obrir fins que no s'aclareixin les causes.", "The mayor demanded that the plant does not return to open until the causes are not clarified."))
            .PivotEdition("en", english)
            .Edition("fr", ("La maire a exigé que l'usine ne rouvre pas tant que les causes n'auront pas été éclaircies.", "The mayor has demanded that the factory does not reopen while the causes will not have been clarified."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“not”", StringComparison.Ordinal) ? "not" : f.Message));
    }

    [Theory]
    [InlineData("the kitchens of five schools, closed for years, will be brought back into use.", null)]
    [InlineData("the kitchens of five schools, closed for years, will be used.", "again")]
    public void OmittedWord_ReadsBroughtBackAsAgain(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("les cuines de cinc escoles, tancades des de fa anys, tornaran a funcionar.", "the kitchens of five schools, closed for years, will work again."))
            .PivotEdition("en", english)
            .Edition("fr", ("les cuisines de cinq écoles, fermées depuis des années, fonctionneront à nouveau.", "the kitchens of five schools, closed for years, will work again."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“again”", StringComparison.Ordinal) ? "again" : f.Message));
    }
}

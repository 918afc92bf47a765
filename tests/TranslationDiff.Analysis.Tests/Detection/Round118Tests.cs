using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 118: false alarms and missed calques of blind114–117.</summary>
public class Round118Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("L'exercice a commencé à 9 h 30, lorsqu'un appel fictif a signalé l'avalanche.", false)]
    [InlineData("L'exercice a commencé à 9 h 45, lorsqu'un appel fictif a signalé l'avalanche.", true)]
    public void Numbers_ReadsYMediaAsThirtyMinutes(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El ejercicio comenzó a las nueve y media de la mañana, cuando una llamada ficticia alertó de la avalancha.", "The exercise began to the nine and average of the morning, when a fictitious call alerted of the avalanche."))
            .Edition("fr", (french, "The exercise has begun to 9 h 30, when a fictitious call has signalled the avalanche."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void NamedEntity_SpansTheWordForWordRenderingTheEnginesShare()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Participaron bomberos de la Diputación Provincial de Huesca y voluntarios de la asociación Montañeros de Benasque.", "Took part firemen of the Provincial Deputation of Huesca and volunteers of the association Mountaineers of Benasque."))
            .Edition("fr", ("Des pompiers de la Diputación provinciale de Huesca et des bénévoles de l'association Montañeros de Benasque ont participé.", "Of the firemen of the provincial Deputation of Huesca and of the volunteers of the association Mountaineers of Benasque have taken part."))
            .PivotEdition("en", "Firefighters from the Huesca Provincial Council and volunteers from the association Mountaineers of Benasque took part.")
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Huesca", "Benasque"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Diputación", "Montañeros", "Benasque", "Huesca"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Huesca", "Benasque"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("keep the name", StringComparison.Ordinal));

        Assert.Equal(["Mountaineers of Benasque"], findings.Select(f => f.Text));
    }

    [Fact]
    public void NamedEntity_TakesNoRenderedAssociationForTheWordForWordRendering()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La Federación de Asociaciones de Vecinos de Vic pide más autobuses.", "The Federation of Associations of Neighbours of Vic asks more buses."))
            .Edition("ca", ("La Federació d'Associacions de Veïns de Vic demana més autobusos.", "The Federation of Associations of Neighbours of Vic requests more buses."))
            .PivotEdition("en", "The federation of residents' Associations of Vic wants more buses.")
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Vic"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Vic"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Vic"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Text.Contains("Associations", StringComparison.Ordinal));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Sant Joan de les Abadesses judo club gets €18,000 for new mats", false)]
    [InlineData("Sant Joan de les Abadesses club de judo gets €18,000 for new mats", true)]
    public void Untranslated_LeavesAnEnglishWordAfterAPlaceName(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El club de judo de Sant Joan de les Abadesses recibe 18.000 euros para renovar su tatami", "The club of judo of Sant Joan of them Abadesses receives 18.000 euros to renew his tatami"))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["judo", "Sant", "Abadesses", "tatami"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Abadesses"];

        var findings = new UntranslatedDetector(Options).Detect(context).Where(f => f.Language == "en").ToList();

        Assert.True(expected == findings.Count > 0, string.Join(" | ", findings.Select(f => f.Message)));
    }

    [Theory]
    [InlineData("The chamber of agriculture now counts about twenty robots in the two departments.", "La chambre d'agriculture recense aujourd'hui une vingtaine de robots dans les deux départements.", false)]
    [InlineData("The chamber of agriculture now counts about twenty robots in the two departments.", "La chambre d'agriculture compte aujourd'hui une vingtaine de robots dans les deux départements.", true)]
    public void Calque_NowCountsNeedsCompterInTheOriginal(string english, string french, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", (french, "The chamber of agriculture counts today a score of robots in both departments."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Text.Contains("counts", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Le train a percuté un tracteur au passage à niveau de Herrera.", false)]
    [InlineData("Le rapport propose des mesures à niveau de sécurité.", true)]
    public void Calque_LeavesALevelCrossing(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El tren arrolló un tractor en el paso a nivel de Herrera y propone medidas a nivel de seguridad.", "The train ran over a tractor in the step to level of Herrera and proposes measures to level of security."))
            .Edition("fr", (french, "The train has hit a tractor at the level crossing of Herrera."))
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("« On avait tout calculé avant même de signer le premier devis », assure Julien Mollard.", false)]
    [InlineData("« On avait tout calculé avant même de signer le premier dela contrat », assure Julien Mollard.", true)]
    public void GluedWords_LeavesDevis(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "\"We had worked it all out before signing the first quote,\" says Julien Mollard.")
            .Edition("fr", (french, "« Have all calculated before same to sign the premier devis », ensures Julien Mollard."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["devis", "dela", "Mollard"];

        var findings = new GluedWordsDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("en", "The last victim was flown to a campaign hospital set up in Benasque.", "campaign hospital")]
    [InlineData("en", "A proposition not of law asks the Govern to renegotiate.", "proposition not of law")]
    [InlineData("en", "The region needs more sanitary personnel in summer.", "sanitary personnel")]
    [InlineData("en", "The deal was signed at the last hour on Friday.", "at the last hour")]
    [InlineData("en", "It was a simulation of great scale in the valley.", "of great scale")]
    [InlineData("en", "The method gives result in cold nights.", "gives result")]
    [InlineData("en", "Fans of about ten metres of height stand in the vineyard.", "of about ten metres of height")]
    [InlineData("en", "The slope where was recreated an avalanche lies above the village.", "where was recreated an")]
    [InlineData("en", "The driver remained three weeks admitted in Palencia.", "remained three weeks admitted")]
    [InlineData("fr", "Les dégâts sont les pires dans les trente derniers ans.", "derniers ans")]
    [InlineData("fr", "Il fait quinze ans que le port n'a pas été dragué.", "Il fait quinze ans")]
    [InlineData("fr", "Les jeunes agriculteurs sont chaque fois moins nombreux.", "chaque fois moins")]
    [InlineData("ca", "L'estructura es va restaurar per complet l'any passat.", "per complet")]
    [InlineData("ca", "Les visites seran pel matí i a la tarda.", "pel matí")]
    public void Calque_FindsRound118Phrases(string language, string text, string expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El texto original de la noticia.", "The original text of the news."))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Contains(findings, f => f.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The new rules gave results within a year.")]
    [InlineData("She was admitted to hospital in Palencia.")]
    [InlineData("The tower is ten metres high.")]
    [InlineData("The beach has lost 18 metres of width since 2014.")]
    [InlineData("The Castile and León regional government pays half.")]
    [InlineData("Where the avalanche was recreated, the snow was deep.")]
    public void Calque_LeavesTheIdiomaticForms(string english)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El texto original de la noticia.", "The original text of the news."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Empty(findings);
    }
}

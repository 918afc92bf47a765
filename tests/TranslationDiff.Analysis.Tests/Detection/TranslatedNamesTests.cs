using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Names a translation rightly renders in its own language: public bodies, quoted titles of works, compound place names.</summary>
public class TranslatedNamesTests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("The residents have appealed to the High Court of Justice of Murcia against the fares.", null)]
    [InlineData("The residents have appealed to Superior Lopez of Justice of Murcia against the fares.", "Superior Lopez of Justice of Murcia")]
    public void NamedEntity_AcceptsAPublicBodysNameInTheEditionsWords_ButNotAnotherName(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Los vecinos han recurrido ante el Tribunal Superior de Justicia de Murcia contra las tarifas.", "The residents have appealed before the Tribunal Superior of Justice of Murcia against the fares."))
            .Edition("ca", ("Els veïns han recorregut davant el Tribunal Superior de Justícia de Múrcia contra les tarifes.", "The residents have appealed before the Tribunal Superior of Justice of Murcia against the fares."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void NamedEntity_AcceptsARiverBasinAuthorityNamedInTheEditionsOwnWords()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La Confederación Hidrográfica del Segura aprobó el miércoles nuevas restricciones.", "The Confederación Hidrográfica of the Segura approved on Wednesday new restrictions."))
            .PivotEdition("en", "The Segura River Basin Authority (Confederación Hidrográfica del Segura) approved new restrictions on Wednesday.")
            .Edition("fr", ("La Confédération hydrographique du Segura a approuvé mercredi de nouvelles restrictions.", "The hydrographic Confederation of the Segura approved on Wednesday new restrictions."))
            .Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Language == "fr");
    }

    [Fact]
    public void NamedEntity_AcceptsAGalicianCouncilNamedInTheEditionsOwnWords()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La mediación corre a cargo del Consello Galego de Relacións Laborais desde el lunes.", "The mediation runs to load of the Consello Galego of Relacións Laborais from Monday."))
            .PivotEdition("en", "The Galician Labour Relations Council has been mediating since Monday.")
            .Edition("fr", ("La médiation est assurée par le Consello Galego de Relacións Laborais depuis lundi.", "The mediation is ensured by the Consello Galego of Relacións Laborais from Monday."))
            .Build();

        Assert.DoesNotContain(new NamedEntityDetector(Options).Detect(context), f => f.Language == "en");
    }

    [Theory]
    [InlineData("Govern", "es")]
    [InlineData("Parlament", "fr")]
    [InlineData("Consello Galego de Relacións Laborais", "es")]
    [InlineData("Consello da Cultura Galega", "en")]
    public void IsPublicBody_KnowsTheCatalanAndGalicianBodiesOtherPressesKeep(string run, string language)
    {
        // The Spanish press writes « el Govern », « el Parlament »; the Galician « Consello » heads a body's name as « Consejo » does.
        Assert.True(TranslatedNames.IsPublicBody(run, language));
    }

    [Theory]
    [InlineData("d'Alboraia", "Alboraya", true)]
    [InlineData("Alboraia", "Alboraya", true)]
    [InlineData("d'Alzira", "Alboraya", false)]
    public void SameNameAsWritten_ReadsANameAfterAnElidedPreposition(string word, string name, bool expected)
    {
        // « des d'Alboraia » writes the town the Spanish edition calls Alboraya.
        Assert.Equal(expected, KeptNames.SameNameAsWritten(word, name));
    }

    [Fact]
    public void NamedEntity_FindsACompanysNameTranslated_EvenBesideACourt()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La obra la hará Construcciones Llorente e Hijos, según el Tribunal Superior.", "The work will do it Construcciones Llorente e Hijos, according to the Tribunal Superior."))
            .Edition("ca", ("L'obra la farà Construcciones Llorente e Hijos, segons el Tribunal Superior.", "The work will do it Construcciones Llorente e Hijos, according to the Tribunal Superior."))
            .PivotEdition("en", "The work will be done by Buildings Llorente and Sons, according to the High Court.")
            .Build();

        var finding = Assert.Single(new NamedEntityDetector(Options).Detect(context), f => f.Language == "en");

        Assert.Equal("Buildings Llorente", finding.Text);
    }

    [Theory]
    [InlineData("La federació ha rebut 90.000 lliures del Scottish Rowing Trust per a dues barques noves.", null)]
    [InlineData("La federació ha rebut 90.000 lliures del Fons Escocès de Rem per a dues barques noves.", "Fons Escocès de Rem")]
    [InlineData("La federació ha rebut 90.000 lliures del Scottish Rowing Trust de l'Est per a dues barques noves.", null)]
    public void NamedEntity_FindsAnEnglishBodysNameRenderedWordForWord_WhenAnotherTranslationKeepsIt(string catalan, string? expected)
    {
        // The engine reads the rendering back as the name's words; what counts is that the Spanish translator kept it.
        var english = catalan.Contains("de l'Est", StringComparison.Ordinal) ? "East Scottish Rowing Trust" : "Scottish Rowing Trust";
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", $"The federation has received £90,000 from the {english} for two new boats.")
            .Edition("es", ($"La federación ha recibido 90.000 libras del {english} para dos barcos nuevos.", $"The federation has received 90.000 pounds of the {english} for two new boats."))
            .Edition("ca", (catalan, $"The federation has received 90.000 pounds of the {english} for two new boats."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("L'orchestre jouera « Nuits dans les jardins d'Espagne », de Falla, à Vienne.", null)]
    [InlineData("L'orchestre jouera les Nuits dans les jardins d'Espagne de Falla à Vienne.", "Nuits")]
    public void NamedEntity_AcceptsAQuotedTitleOfAWorkTranslated_ButNotANameTranslatedOutsideQuotes(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La orquesta tocará «Noches en los jardines de España», de Falla, en Viena.", "The orchestra will play «Noches in the jardines of España», of Falla, in Vienna."))
            .PivotEdition("en", "The orchestra will play Falla's “Noches en los jardines de España” (Nights in the Gardens of Spain) in Vienna.")
            .Edition("fr", (french, "The orchestra will play « Nights in the gardens of Spain », of Falla, in Vienna."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Noches", "jardines", "España"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The prefect of the Alps of the High Provence has closed three roads.", false)]
    [InlineData("The prefect of the Alps of the High Provença has closed three roads.", true)]
    public void NamedEntity_AcceptsACompoundPlaceNameInTheEditionsOwnForm_WhenItsEngineReadsItBackAsTheNamesHead(string catalanPivot, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le préfet des Alpes-de-Haute-Provence a fermé trois routes.", "The prefect of Alpes-de-Haute-Provence has closed three roads."))
            .PivotEdition("en", "The prefect of Alpes-de-Haute-Provence closed three roads.")
            .Edition("ca", ("El prefecte dels Alps de l'Alta Provença ha tancat tres carreteres.", catalanPivot))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Alpes-", "de-", "Haute-", "Provence"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Les turbines es construiran en drassanes de Nigg i Invergordon, a l'estuari de Cromarty.", false)]
    [InlineData("Les turbines es construiran en drassanes de Nigg, a l'estuari de Cromarty.", true)]
    public void NamedEntity_AcceptsANameWhoseDistinctiveWordTheEditionKeeps_ButNotANameLeftOut(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The turbines will be built at yards in Nigg and Invergordon, on the Cromarty Firth.")
            .Edition("es", ("Las turbinas se construirán en astilleros de Nigg y Invergordon, en el Cromarty Firth.", "The turbines will be built in shipyards of Nigg and Invergordon, in the Cromarty Firth."))
            .Edition("ca", (catalan, "The turbines will be built in a shipyard of the estuary."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void MisspelledNames_ReadsAHyphenatedName_TheEngineReportedPartByPart()
    {
        var builder = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Lo denunció la Federación de AMPA Somontano-Pirineo este martes.", "It denounced the Federation of AMPA Somontano-Pirineo this Tuesday."))
            .Edition("fr", ("L'a dénoncé mardi la Fédération d'AMPA Somontano-Pirineo.", "It denounced Tuesday the Federation of AMPA Somontano-Pirineo."))
            .PivotEdition("en", "It was denounced this Tuesday by the Federation of AMPA Somontano-Pireneo.");
        builder["en"].Paragraphs[0].UnknownWords = ["AMPA", "Somontano", "Pireneo"];
        var context = builder.Build();

        var finding = Assert.Single(new NamedEntityDetector(new DetectionOptions()).Detect(context), f => f.Language == "en");

        Assert.Equal("Somontano-Pireneo", finding.Text);
    }
}

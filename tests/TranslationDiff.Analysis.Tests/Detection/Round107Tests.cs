using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 107: false alarms and misses of blind86–89.</summary>
public class Round107Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("La línia, de 195 quilòmetres, té 30 estacions.", false)]
    [InlineData("La línia, de 159 quilòmetres, té 30 estacions.", true)]
    public void Numbers_LeavesAMeasureWhoseConversionInBracketsTheEditionKeeps_WhenTheMeasureIsHyphenated(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The 121-mile (195 km) line calls at 30 stations.")
            .Edition("ca", (catalan, "The line, of 195 kilometres, has 30 stations."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("once grupos escolares construidos en los años sesenta y setenta.", false)]
    [InlineData("once grupos escolares construidos en los años sesenta y ochenta.", true)]
    public void Numbers_ReadsASecondDecadeInWordsAfterTheFirst(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("onze groupes scolaires construits dans les années 1960 et 1970.", "eleven school groups built in the years 1960 and 1970."))
            .PivotEdition("en", "eleven school complexes built in the 1960s and 1970s.")
            .Edition("es", (spanish, "eleven school groups built in the sixties and seventies."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("«If we raise the crate to 1.35, many gangs will stop being profitable», she warned.", false)]
    [InlineData("«If we raise the crate to 1.53, many gangs will stop being profitable», she warned.", true)]
    public void Numbers_ReadsAnEnglishDecimalInsideGuillemets(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("«Si subimos el cajón a 1,35, muchas cuadrillas dejarán de ser rentables», advirtió.", "«If we raise the drawer to 1,35, many gangs will stop being profitable», warned."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Check == CheckIds.Numbers);

        Assert.Equal(expected, findings.Any(f => !f.Message.Contains("format", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Rien qu'en septembre, quelque 18 000 litres ont été dérobés.", "Nothing that in September, some 18 000 litres have been stolen.", null)]
    [InlineData("En septembre, quelque 18 000 litres ont été dérobés.", "In September, some 18 000 litres have been stolen.", "only")]
    public void OmittedWord_ReadsFrenchRienQueAsOnly(string french, string pivot, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Solo en septiembre se sustrajeron unos 18.000 litros.", "Only in September some 18.000 litres were stolen."))
            .PivotEdition("en", "In September alone some 18,000 litres were stolen, only in September.")
            .Edition("fr", (french, pivot))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“only”", StringComparison.Ordinal) ? "only" : f.Message));
    }

    [Theory]
    [InlineData("She said the test was imminent, only for it to be postponed again.", "Va dir que la prova era imminent i després la van tornar a ajornar.", null)]
    [InlineData("She said only the test was imminent and then it was postponed again.", "Va dir que la prova era imminent i després la van tornar a ajornar.", "only")]
    public void OmittedWord_LeavesTheOnlyOfAThwartedOutcome(string english, string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", english)
            .Edition("es", ("Dijo que solo la prueba era inminente, solo para que se aplazara de nuevo.", "She said that only the test was imminent, only so that it was postponed again."))
            .Edition("ca", (catalan, "She said that the test was imminent and afterwards they returned to postpone it."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“only”", StringComparison.Ordinal) ? "only" : f.Message));
    }

    [Theory]
    [InlineData("The park also points out that tests found no readings above the limits this year, whereas swimming was banned last summer.", null)]
    [InlineData("A park that tests found clean this year, whereas swimming was banned last summer.", "A park that tests found clean this year")]
    public void VerblessSentence_ReadsTheWordAfterAnAdverbInTheHeadAsTheVerb(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Un parc que les contrôles ont trouvé propre cette année, alors que la baignade était interdite l'été dernier.", "A park that the controls have found clean this year, whereas the bathing was banned the last summer."))
            .PivotEdition("en", english)
            .Build();

        var findings = new VerblessSentenceDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Según la viceconsejera de Transportes, Nerea Goikoetxea, el servicio se ha diseñado para enlazar con los buses.", "Feminine")]
    [InlineData("El estudio lo firma Nerea Goikoetxea, la bióloga del centro.", "Feminine")]
    [InlineData("El estudio lo firma Nerea Goikoetxea, el biólogo del centro.", "Masculine")]
    public void GenderMarks_TakeNoSubjectAfterTheNameForItsApposition(string spanish, string gender)
    {
        var mark = Assert.Single(GenderMarks.Of(spanish, "es"));

        Assert.Equal(("goikoetxea", gender), (mark.Person, mark.Gender.ToString()));
    }

    [Theory]
    [InlineData("San Juan de Luz", false)]
    [InlineData("San Sebastián", true)]
    public void NamedEntity_AcceptsTheSpanishExonymsOfTheFrenchBasqueCoast(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El servei connecta l'estació d'Hendaia amb Saint-Jean-de-Luz i Biarritz.", "The service connects the station of Hendaia with Saint-Jean-of-Luz and Biarritz."))
            .PivotEdition("en", "The service links Hendaye station with Saint-Jean-de-Luz and Biarritz.")
            .Edition("es", ($"El servicio conecta la estación de Hendaya con {spanish} y Biarritz.", $"The service connects the station of Hendaya with {spanish} and Biarritz."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Hendaia", "Saint-Jean-of-Luz", "Biarritz"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Hendaye"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["Hendaya", "Biarritz"];

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Language == "es"));
    }

    [Theory]
    [InlineData("Els visitants venen a veure la basílica de Santa Maria Magdalena.", false)]
    [InlineData("Els visitants venen a veure el poble de Santa Maria Magdalena.", true)]
    public void NamedEntity_AcceptsAChurchsSaintInTheEditionsLanguage(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les visiteurs viennent voir la basilique Sainte-Marie-Madeleine.", "The visitors come to see the basilica Sainte-Marie-Madeleine."))
            .PivotEdition("en", "Visitors come to see the Basilica of Sainte-Marie-Madeleine.")
            .Edition("ca", (catalan, "The visitors come to see the basilica of Saint Mary Magdalene."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Sainte-Marie-Madeleine"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Sainte"];

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Language == "ca"));
    }

    [Theory]
    [InlineData("Los peregrinos del Camino de Santiago llenan el albergue.", false)]
    [InlineData("Los peregrinos del Camino del Norte llenan el albergue.", true)]
    public void NamedEntity_AcceptsTheWayOfStJamesInTheEditionsLanguage(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Els pelegrins del Camí de Sant Jaume omplen l'alberg.", "The pilgrims of the Way of Saint James fill the hostel."))
            .PivotEdition("en", "Pilgrims on the Camí de Sant Jaume fill the hostel.")
            .Edition("es", (spanish, "The pilgrims of the Way fill the hostel."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Language == "es"));
    }

    [Theory]
    [InlineData("The temperature reached 31.4 degrees, the highest ever recorded in January.", null)]
    [InlineData("The temperature reached 31.4 degrees, the highest recorded in January.", null)]
    public void OmittedWord_ReadsTheNeverOfASuperlativeAsEver(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le thermomètre a atteint 31,4 degrés, la température la plus élevée jamais relevée en janvier.", "The thermometer has achieved 31,4 degrees, the most elevated temperature never raised in January."))
            .PivotEdition("en", english)
            .Edition("ca", ("El termòmetre va arribar als 31,4 graus, la temperatura més alta mai registrada al gener.", "The thermometer arrived at the 31,4 degrees, the tallest temperature never registered in January."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    [Theory]
    [InlineData("Les barcasses van navegar a mitja càrrega, cosa que no passava des del 2003.", false)]
    [InlineData("Les barcasses van navegar a mitja càrrega, cosa que no va passar el 2003.", true)]
    public void LostTense_AcceptsTheImperfectOfAPluperfectUpToThen(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les barges ont dû naviguer à moitié chargées, ce qui n'était plus arrivé depuis 2003.", "The barges have had to sail half loaded, what had not arrived since 2003."))
            .PivotEdition("en", "The barges had to sail half loaded, which had not happened since 2003.")
            .Edition("ca", (catalan, "The barges sailed half loaded, what did not happen since 2003."))
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Il y a eu trois incendies pendant les derniers cinq ans.", "derniers cinq")]
    [InlineData("Les travaux dureront les premiers quinze jours de mai.", "premiers quinze")]
    [InlineData("Il y a eu trois incendies pendant les cinq dernières années.", null)]
    [InlineData("Les premiers 2 000 euros seront remboursés.", null)]
    public void WordOrder_FindsAFrenchFirstOrLastBeforeItsCount(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Hi ha hagut tres incendis en els darrers cinc anys.", "There have been three fires in the last five years."))
            .PivotEdition("en", "There have been three fires in the last five years.")
            .Edition("fr", (french, "Pivot text."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Les petites bibliothèques du quartier ont gagné des lecteurs.")]
    [InlineData("Le conseil publiera le calendrier définitif d'horaires en mars.")]
    public void WordOrder_LeavesAPrenominalAdjectiveAndAComplementAfterAnAdjective(string french)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Les biblioteques petites del barri han guanyat lectors. El consell publicarà el calendari d'horaris definitiu al març.", "The small libraries of the neighbourhood have won readers. The council will publish the calendar of timetables definitive in March."))
            .PivotEdition("en", "The small neighbourhood libraries gained readers. The council will publish the final timetable in March.")
            .Edition("fr", (french, "Pivot text."))
            .Build();

        Assert.DoesNotContain(new WordOrderDetector(Options).Detect(context), f => f.Language == "fr");
    }

    [Theory]
    [InlineData("«Hem vist l'aigua calenta anar al riu», va dir el regidor de clima del consell, Sarah Wickens.", "el regidor")]
    [InlineData("«Hem vist l'aigua calenta anar al riu», va dir la regidora de clima del consell, Sarah Wickens.", null)]
    [InlineData("«Hem vist l'aigua calenta anar al riu», va dir el regidor de clima del consell, Andrea Wickens.", null)]
    [InlineData("«Hem vist l'aigua calenta anar al riu», va dir la néta del fundador, Sarah Wickens.", null)]
    [InlineData("Els vehicles es van pagar amb el llegat d'una ramadera, Sarah Wickens.", null)]
    public void Gender_FindsATitleAgainstAClearFirstName_WhenNoEditionMarksThePerson(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", catalan.Contains("Andrea", StringComparison.Ordinal)
                ? "“We have watched warm water pour into the river,” said Andrea Wickens, the council's cabinet member for climate."
                : "“We have watched warm water pour into the river,” said Sarah Wickens, the council's cabinet member for climate.")
            .Edition("ca", (catalan, "Pivot text."))
            .Build();

        var findings = new GenderAgreementDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The sector employs about 3,500, according to Ateval, the Valencian textile employers' association.", false)]
    [InlineData("The sector employs about 3,500, according to the primary care authority of Valencia.", false)]
    [InlineData("The sector employs about 3,500, according to the Association of textile Employers of Valencia.", true)]
    public void LowercasedName_LeavesALongerEnglishDescriptionOfABody(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El sector emplea a unas 3.500 personas, según la Asociación de Empresarios Textiles de la Comunidad Valenciana y la Gerencia de Atención Primaria.", "The sector employs some 3.500 people, according to the Association of Employers Textiles of the Valencian Community and the Management of Primary Attention."))
            .Edition("ca", ("El sector ocupa unes 3.500 persones, segons l'Associació d'Empresaris Tèxtils de la Comunitat Valenciana i la Gerència d'Atenció Primària.", "The sector occupies some 3.500 people, according to the Association of Employers Textiles of the Valencian Community and the Management of Primary Attention."))
            .PivotEdition("en", english)
            .Build();

        Assert.Equal(expected, new LowercasedNameDetector(Options).Detect(context).Any(f => f.Language == "en"));
    }

    [Fact]
    public void LowercasedName_LeavesAFunctionWordOfTheEditionsLanguage()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La vila forma part de Los Pueblos más Bonitos de España. El pòrtic acull els concerts d'estiu.", "The town forms part of Los Pueblos más Bonitos of Spain. The portico welcomes the concerts of summer."))
            .Edition("fr", ("La ville est membre de Los Pueblos más Bonitos de España. Le portique accueille les concerts d'été.", "The town is member of Los Pueblos más Bonitos de España. The portico welcomes the concerts of summer."))
            .Edition("es", ("La villa forma parte de Los Pueblos más Bonitos de España. El pórtico es el escenario de los conciertos de verano.", "The town forms part of The Towns more Pretty of Spain. The portico is the stage of the concerts of summer."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Los", "Pueblos", "más", "Bonitos"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Los", "Pueblos", "más", "Bonitos", "España"];

        Assert.DoesNotContain(new LowercasedNameDetector(Options).Detect(context), f => f.Language == "es");
    }
}

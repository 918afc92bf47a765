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
}

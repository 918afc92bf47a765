using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>A person's first name in another language's form, and a company's name with its common word translated or misspelt.</summary>
public class TranslatedPersonAndCompanyNamesTests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("Georges Bosch, paysan de Soses, a perdu 70 % de sa récolte.", "Georges Bosch")]
    [InlineData("Jordi Bosch, paysan de Soses, a perdu 70 % de sa récolte.", null)]
    public void NamedEntity_FindsAFirstNameInAnotherLanguagesForm_EvenAtASentenceStartAndTranslatedByTheEngine(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Jordi Bosch, pagès de Soses, va perdre el 70% de la collita.", "Jordi Bosch, farmer of Soses, lost the 70% of the harvest."))
            .PivotEdition("en", "Jordi Bosch, a farmer in Soses, lost 70% of his crop.")
            .Edition("fr", (french, "George Bosch, peasant of Soses, has lost 70 % of his harvest."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("ca", "Segons el regidor de Patrimoni, Tomàs Guijarro, l'obra acabarà al juny.", "Tomàs Guijarro")]
    [InlineData("en", "According to the heritage councillor, Tomas Guijarro, the work will end in June.", null)]
    public void NamedEntity_FindsAFirstNameWithOtherAccents_ButNotAnEnglishEditionThatWritesNoAccents(string language, string text, string? expected)
    {
        var builder = new ContextBuilder(reference: "es")
            .Edition("es", ("Según el concejal de Patrimonio, Tomás Guijarro, la obra acabará en junio.", "According to the councillor of Heritage, Tomás Guijarro, the work will finish in June."))
            .Edition("fr", ("Selon l'adjoint au patrimoine, Tomás Guijarro, le chantier s'achèvera en juin.", "According to the deputy to the heritage, Tomás Guijarro, the site will end in June."));
        builder = language == "en"
            ? builder.PivotEdition("en", text)
            : builder.Edition(language, (text, "According to the councillor of Heritage, Tomàs Guijarro, the work will finish in June."));

        var findings = new NamedEntityDetector(Options).Detect(builder.Build()).Where(f => f.Language == language);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("L'empresa Ceràmiques Benlloch exporta a vint països.", "The company Ceramics Benlloch exports to twenty countries.", "Ceràmiques Benlloch")]
    [InlineData("L'empresa Cerámicas Benlloch exporta a vint països.", "The company Ceramics Benlloch exports to twenty countries.", null)]
    public void NamedEntity_FindsACompanysCommonWordTranslated(string catalan, string catalanPivot, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La empresa Cerámicas Benlloch exporta a veinte países.", "The company Ceramics Benlloch exports to twenty countries."))
            .Edition("fr", ("L'entreprise Cerámicas Benlloch exporte vers vingt pays.", "The company Cerámicas Benlloch exports towards twenty countries."))
            .Edition("ca", (catalan, catalanPivot))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Cerámicas Benlloch exporta a veinte países.", "Ceràmiques Benlloch exporta a vint països.", "Ceràmiques Benlloch")]
    [InlineData("L'Orquestra Ciutat de Barcelona toca a vint països.", "Orquestra Ciutat de Barcelona toca a vint països.", null)]
    public void NamedEntity_ReadsAKeptNameThatOpensACounterpartsSentence(string spanish, string catalan, string? expected)
    {
        var name = spanish.Contains("Benlloch", StringComparison.Ordinal) ? "Cerámicas Benlloch" : "L'Orquestra Ciutat de Barcelona";
        var context = new ContextBuilder(reference: "es")
            .Edition("es", (spanish, "The company Ceramics Benlloch exports to twenty countries."))
            .Edition("fr", ($"{name} exporte vers vingt pays.", $"{name} exports towards twenty countries."))
            .Edition("ca", ("Segons l'empresa, " + catalan, "According to the company, " + catalan))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The course is taught by the University of Lleida, which provides three teachers.", null)]
    [InlineData("The course is taught by Ceramics Benlloch, which provides three teachers.", "Ceramics Benlloch")]
    public void NamedEntity_AcceptsAPublicInstitutionsNameRendered_ButNotACompanys(string english, string? expected)
    {
        var name = english.Contains("University", StringComparison.Ordinal) ? "Universitat de Lleida" : "Cerámicas Benlloch";
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ($"El curso lo imparte {name}, que aporta tres profesores.", $"The course imparts it {(name.StartsWith('U') ? "University of Lleida" : "Ceramics Benlloch")}, that contributes three teachers."))
            .Edition("fr", ($"Le cours est donné par {name}, qui fournit trois enseignants.", $"The course is given by {(name.StartsWith('U') ? "Universitat of Lleida" : "Cerámicas Benlloch")}, that provides three teachers."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El curs el dona en Ewan Sclater, que hi posa tres professors.", "The course gives it Ewan Sclater, that puts three teachers.", "Ewan Sclater")]
    [InlineData("El curs el dona en Mykola Solchenko, que hi posa tres professors.", "The course gives it Mykola Solchenko, that puts three teachers.", null)]
    public void NamedEntity_FindsAMisspeltNameWord_ButNotATransliteration(string catalan, string catalanPivot, string? expected)
    {
        var name = catalan.Contains("Ewan", StringComparison.Ordinal) ? "Ewan Slater" : "Mykola Soltchenko";
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", $"The course is taught by {name}, who provides three teachers.")
            .Edition("fr", ($"Le cours est donné par {name}, qui fournit trois enseignants.", $"The course is given by {name}, that provides three teachers."))
            .Edition("ca", (catalan, catalanPivot))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("On Monday hail hit the orchards of the Low Segrià, planted after the Civil War.", "Low Segrià")]
    [InlineData("On Monday hail hit the orchards of the Baix Segrià, planted after the Civil War.", null)]
    public void NamedEntity_FindsAPlaceNameCopiedFromAnEnginesWordForWordRendering(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La pedra va afectar dilluns els horts del Baix Segrià plantats després de la Guerra Civil.", "The stone affected on Monday the orchards of the Low Segrià planted after the Civil War."))
            .Edition("es", ("El granizo afectó el lunes a los huertos del Baix Segrià plantados tras la Guerra Civil.", "The hail affected on Monday the orchards of the Baix Segrià planted after the Civil War."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Segrià"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Baix", "Segrià"];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("word-for-word rendering", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The bell was hidden by Father Louis Gavard in 1943.", "Luis", false)]
    [InlineData("The bell was hidden by Father Louis Gavard in 1943.", "Lluís", false)]
    public void NamedEntity_TakesNoFirstNameKeptAsTheOriginalWritesItForATransliteration(string english, string spanishFirstName, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("La cloche fut cachée par le père Louis Gavard en 1943.", "The bell was hidden by the father Louis Gavard in 1943."))
            .PivotEdition("en", english)
            .Edition("es", ($"La campana fue escondida por el padre {spanishFirstName} Gavard en 1943.", $"The bell was hidden by the father {spanishFirstName} Gavard in 1943."))
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Message.Contains("spelled as in the original", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }
}

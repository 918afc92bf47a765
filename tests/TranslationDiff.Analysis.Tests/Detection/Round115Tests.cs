using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 115: false alarms and misses of blind102–105.</summary>
public class Round115Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("The Junta presented this Tuesday in Hoyos the new fire prevention plan.", "presented this Tuesday in Hoyos the new fire")]
    [InlineData("The cellar sold last year abroad 124,000 bottles.", "sold last year abroad 124,000 bottles")]
    [InlineData("The mayor has called for Thursday a meeting with the clubs.", "called for Thursday a meeting")]
    [InlineData("The Junta presented the new fire prevention plan in Hoyos on Tuesday.", null)]
    [InlineData("The mayor said on Thursday in Madrid that the plan would go ahead.", null)]
    public void WordOrder_FindsATimeAndAPlaceBetweenAVerbAndItsObject(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Texte.", "Text."))
            .PivotEdition("en", english)
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Maurin doit désormais passer par Roums.", "Roums", "Roums")]
    [InlineData("La boulangerie de Mugon a fermé.", "Mugon", "Mugon")]
    [InlineData("Les Corts ont voté la loi.", "Corts", null)]
    public void NamedEntity_FindsAFiveLetterNameWithNeighboursSwappedOrAConsonantDropped(string french, string unknown, string? expected)
    {
        var (right, other) = unknown switch
        {
            "Roums" => ("Ruoms", "Ruoms"),
            "Mugon" => ("Mugron", "Mugron"),
            _ => ("Cortes", "Cortes"),
        };
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", $"The place is {right}, as everyone knows.")
            .Edition("es", ($"El lugar es {other}, como todos saben.", $"The place is {other}, as everyone knows."))
            .Edition("fr", (french, french))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = [unknown];

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Language == "fr" && f.Message.Contains("letter", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El director de la planta, Íñigo Salazar, va recordar que la fàbrica té 310 treballadors.", false)]
    [InlineData("La directora de la planta, Íñigo Salazar, va recordar que la fàbrica té 310 treballadors.", true)]
    public void GenderAgreement_ReadsIñigoAsAMansName(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El director de la planta, Íñigo Salazar, recordó que la fábrica tiene 310 trabajadores.", "The director of the plant, Íñigo Salazar, recalled that the factory has 310 workers."))
            .Edition("ca", (catalan, "The director of the plant, Íñigo Salazar, recalled that the factory has 310 workers."))
            .Build();

        Assert.Equal(expected, new GenderAgreementDetector(Options).Detect(context).Any(f => f.Language == "ca"));
    }

    [Theory]
    [InlineData("L'Office central de lutte contre le trafic a demandé le retrait du lot.", false)]
    [InlineData("Selon l'enquête, le bureau central de Lille a demandé le retrait du lot.", true)]
    public void LowercasedName_LeavesAFrenchAdjectiveAfterAHeadBehindAnElidedArticleAtTheStart(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("L'Oficina Central de Lluita contra el Tràfic va demanar que es retirés el lot de Lilla.", "The Central Office of Fight against the Traffic asked that the lot of Lille be withdrawn."))
            .PivotEdition("en", "The Central Office for the Fight against Trafficking asked for the lot to be withdrawn in Lille.")
            .Edition("fr", (french, "The central office asked for the withdrawal of the lot."))
            .Build();

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "fr" && f.Text == "central");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("La protestation, convoquée par l'Association des irrigants du Segre, a commencé à neuf heures.", false)]
    [InlineData("La protestation, convoquée par l'Association de irrigants du Segre, a commencé à neuf heures.", true)]
    public void LowercasedName_LeavesTheMembersABodyIsNamedAfter(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La protesta, convocada per l'Associació de Regants del Segre, va començar a les nou.", "The protest, called by the Association of Irrigants of the Segre, began at nine."))
            .PivotEdition("en", "The protest, called by the Segre Irrigants' Association, began at 9am.")
            .Edition("fr", (french, "The protest, called by the Association of irrigants of the Segre, began at nine hours."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["irrigants", "Segre"];
        context.Editions[2].Paragraphs[0].UnknownToLanguage = ["irrigants", "Segre"];

        var findings = new LowercasedNameDetector(Options).Detect(context).Where(f => f.Language == "fr" && f.Text == "irrigants");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("«N'hi haurà que aquest estiu no pujaran a les pastures», adverteix.", false)]
    [InlineData("«Aquest estiu hi haurà que vendre el ramat», adverteix.", true)]
    public void Calque_LeavesCatalanNhiHaQue(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("« Certains ne monteront pas aux alpages cet été », prévient-il.", "« Some will not go up to the pastures this summer », he warns."))
            .Edition("es", ("«Habrá que vender el rebaño», advierte.", "«It will be necessary to sell the herd», he warns."))
            .Edition("ca", (catalan, "«There will be that this summer», he warns."))
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "ca" && f.Text.Contains("haurà que", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The renewal was far from certain.", null)]
    [InlineData("The renewal was certain.", "not")]
    public void OmittedWord_ReadsFarFromAsANegation(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le renouvellement n'avait rien d'acquis.", "The renewal did not have anything of acquired."))
            .PivotEdition("en", english)
            .Edition("es", ("La renovación no estaba ni mucho menos asegurada.", "The renewal was not at all certain."))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“not”", StringComparison.Ordinal) ? "not" : f.Message));
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// Words a language writes in lower case by convention where another capitalises them: English disciplines and generic
/// body nouns, French adjectives in a descriptive phrase, and portfolios named after their holder's role.
/// </summary>
public class LowercaseConventionsTests
{
    private static readonly LowercasedNameDetector Detector = new(new DetectionOptions());

    [Theory]
    [InlineData("A physiotherapy student, Faure has been climbing since the age of eight.", null)]
    [InlineData("A physiotherapy student, Faure has been climbing since the age of eight in grenoble.", "grenoble")]
    public void LowercasedName_LeavesAnEnglishDisciplineInLowerCase(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Estudiante de Fisioterapia, Faure escala desde los ocho años en Grenoble.", "Student of Physiotherapy, Faure scales from the eight years in Grenoble."))
            .PivotEdition("en", english)
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Le dossier a été transmis par l'Office antifraude de Catalogne.", "antifraude", false)]
    [InlineData("La Generalitat apporte 1,5 million par l'intermédiaire du Conseil catalan du sport.", "catalan", false)]
    [InlineData("La tradition figure sur la liste du patrimoine culturel immatériel de l'humanité.", "immatériel", false)]
    [InlineData("C'est ce qu'a annoncé jeudi l'adjointe à la culture, Montserrat Puigvert.", "culture", false)]
    [InlineData("C'est ce qu'a annoncé jeudi l'adjointe Montserrat puigvert.", "puigvert", true)]
    public void LowercasedName_KnowsFrenchLowerCaseConventions(string french, string word, bool expected)
    {
        var capitalised = char.ToUpperInvariant(word[0]) + word[1..];
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ($"Ho ha anunciat {capitalised} dijous a la tarda.", $"It has announced {capitalised} on Thursday in the afternoon."))
            .PivotEdition("en", $"{capitalised} announced it on Thursday afternoon.")
            .Edition("fr", (french, "It is what has announced on Thursday the deputy."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = word == "puigvert" ? ["puigvert", "Montserrat"] : ["Catalogne"];

        var findings = Detector.Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any(f => f.Text == word));
    }

    [Theory]
    [InlineData("Le gouvernement baléare a demandé une réunion au tribunal des îles Baléares.", null)]
    [InlineData("Le gouvernement baléare a demandé une réunion au tribunal de palma.", "palma")]
    public void LowercasedName_LeavesAnAdjectiveOfPlace_WhoseCapitalElsewhereIsInsideALongerName(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El Govern balear ha demanat una reunió al tribunal de les Illes Balears i de Palma.", "The Balearic Government has asked for a meeting at the court of the Balearic Islands and of Palma."))
            .PivotEdition("en", "The Balearic government has asked for a meeting at the court of the Balearic Islands and of Palma.")
            .Edition("fr", (french, "The Balearic government has asked for a meeting at the court."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["palma", "baléare"];

        var findings = Detector.Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void LowercasedName_LeavesTheEnglishPrincipalityAndDépartementInLowerCase()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El Principat i el Departament van signar l'acord.", "The Principality and the Department signed the agreement."))
            .PivotEdition("en", "The principality and the département signed the agreement.")
            .Build();

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "en");
    }

    [Theory]
    [InlineData("Selon l'Autorité du transport métropolitain (ATM), la ligne retirera 9 000 voitures par jour.", null)]
    [InlineData("Selon l'autorité du transport métropolitain (ATM), la ligne retirera 9 000 voitures par jour.", "transport")]
    public void LowercasedName_LeavesTheFrenchNounsAfterACapitalisedHeadAndLink(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Segons l'Autoritat del Transport Metropolità (ATM), la línia traurà 9.000 cotxes al dia.", "According to the Authority of the Metropolitan Transport (ATM), the line will take 9,000 cars a day."))
            .PivotEdition("en", "According to the Metropolitan Transport Authority (ATM), the line will take 9,000 cars a day off the roads.")
            .Edition("fr", (french, "According to the authority of the metropolitan transport (ATM), the line will withdraw 9,000 cars a day."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["ATM"];

        var findings = Detector.Detect(context).Where(f => f.Language == "fr" && f.Text == "transport");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

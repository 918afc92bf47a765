using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>A place whose first word the English edition translated ("High Empordà") makes no translated first name of the others'.</summary>
public class TranslatedFirstNamesPlacesTests
{
    [Theory]
    [InlineData("The drought has hit the High Empordà since June.", "Empordà", false)]
    [InlineData("The drought has hit the Altus Empordà since June.", "Empordà Altus", true)]
    public void NamedEntity_TakesAnEnglishWordBeforeAPlaceForNoFirstName(string english, string unknown, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La sequera afecta l'Alt Empordà des del juny.", "The drought affects the Alt Empordà since June."))
            .Edition("es", ("La sequía afecta al Alto Empordà desde junio.", "The drought affects to the Alto Empordà since June."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["Alt", "Empordà"];
        context.Editions[1].Paragraphs[0].UnknownWords = ["Empordà"];
        context.Editions[2].Paragraphs[0].UnknownWords = [.. unknown.Split(' ')];

        var findings = new NamedEntityDetector(new DetectionOptions()).Detect(context)
            .Where(f => f.Message.Contains("first name is not translated", StringComparison.Ordinal) && f.Text == "Alto Empordà");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Producers from across the Massif Central are expected in Rodez.", false)]
    [InlineData("Producers from across the Massive Central are expected in Rodez.", true)]
    public void NamedEntity_TakesTwoWordsTheOriginalWritesInAnotherCaseForNoTranslatedFirstName(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Des producteurs venus de tout le Massif central sont attendus à Rodez.", "Producers come from all the Massif central are expected at Rodez."))
            .Edition("ca", ("Productors d'arreu del Massís Central arribaran a Rodez.", "Producers from all over the Massís Central will arrive at Rodez."))
            .PivotEdition("en", english)
            .Build();

        var findings = new NamedEntityDetector(new DetectionOptions()).Detect(context)
            .Where(f => f.Language == "en" && f.Message.Contains("first name is not translated", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }
}

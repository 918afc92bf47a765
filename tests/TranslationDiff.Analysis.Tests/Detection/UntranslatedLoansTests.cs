using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>French administrative units English writes as they are: not words left untranslated.</summary>
public class UntranslatedLoansTests
{
    [Theory]
    [InlineData("Three libraries, in the 3rd and 9th arrondissements, will also open on Saturdays.", "arrondissements", null)]
    [InlineData("Three bibliothèques, in the 3rd and 9th districts, will also open on Saturdays.", "bibliothèques", "bibliothèques")]
    public void Untranslated_TakesArrondissementAsEnglish(string english, string unknown, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Trois bibliothèques, dans les 3e et 9e arrondissements, ouvriront également le samedi.", "Three libraries, in the 3rd and 9th arrondissements, will also open on Saturday."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = [unknown];

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

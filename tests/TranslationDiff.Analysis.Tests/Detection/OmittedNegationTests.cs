using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>A negation the edition says in its own words (« nadie », « ningú », « jamais ») is not lost, whatever its engine made of it.</summary>
public class OmittedNegationTests
{
    [Theory]
    [InlineData("Cuando empezamos, nadie creía que una radio de vecinos fuera a durar un año.", false)]
    [InlineData("Cuando empezamos, todos creían que una radio de vecinos fuera a durar un año.", true)]
    public void OmittedWord_TakesTheEditionsOwnNegation(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "When we started, nobody believed that a residents' radio station would last a year.")
            .Edition("ca", ("Quan vam començar, ningú no creia que una ràdio de veïns duraria un any.", "When we began, nobody did not believe that a radio of neighbours would last a year."))
            .Edition("es", (spanish, "When we began, people believed that a radio of neighbours was going to last a year."))
            .Build();

        var findings = new OmittedWordDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any());
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 120: calques and false senses missed in blind117–121.</summary>
public class Round120Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("en", "fr", "The company does not exclude to appeal the ruling.", "exclude to appeal")]
    [InlineData("en", "fr", "The noise prevented them to sleep for months.", "prevented them to sleep")]
    [InlineData("en", "fr", "She works nights since fourteen years.", "since fourteen years")]
    [InlineData("en", "fr", "After three weeks of strike, the nurses won a bonus.", "weeks of strike")]
    [InlineData("en", "ca", "The route, of nine kilometres, crosses the orchards.", ", of nine kilometres")]
    [InlineData("en", "es", "The disease has arrived until Catalonia.", "has arrived until C")]
    [InlineData("ca", "en", "Els concerts prendran lloc cada dijous.", "prendran lloc")]
    [InlineData("ca", "en", "L'entrada és lliure de càrrec.", "lliure de càrrec")]
    [InlineData("ca", "fr", "Es va aturar al moment on més gel calia.", "al moment on")]
    [InlineData("es", "en", "Los pacientes críticamente enfermos viajan en helicóptero.", "críticamente enfermos")]
    public void Calque_FindsRound120Phrases(string language, string original, string text, string expected)
    {
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texte original.", original == "en" ? null : "The original text."))
            .Edition(language, (text, language == "en" ? null : text))
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Contains(findings, f => f.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The flights arrive until June.")]
    [InlineData("The fence prevents access to the dunes.")]
    [InlineData("She has worked nights since 2010.")]
    [InlineData("The route is nine kilometres long.")]
    public void Calque_LeavesRound120LookAlikes(string english)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El texto original.", "The original text."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Centenary cork oaks are dying in the municipal terms of Alburquerque.", "Los alcornoques centenarios mueren en los términos municipales de Alburquerque.", 2)]
    [InlineData("The village has lost its last automatic cashier.", "El pueblo ha perdido su último cajero automático.", 1)]
    public void FalseSense_FindsRound120Renderings(string english, string spanish, int expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", (spanish, spanish))
            .PivotEdition("en", english)
            .Build();

        var findings = new FalseSenseDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Count());
    }
}

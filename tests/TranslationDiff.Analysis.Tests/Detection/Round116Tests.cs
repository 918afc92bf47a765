using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 116: false alarms of blind106–109.</summary>
public class Round116Tests
{
    private static readonly DetectionOptions Options = new();

    [Theory]
    [InlineData("es", "La región gestiona la red de autocares ZOU! desde Marsella.", false)]
    [InlineData("es", "La región gestiona la red de autocares, qué lío!", true)]
    [InlineData("fr", "La Région gère le réseau de cars ZOU! depuis Marseille.", false)]
    [InlineData("fr", "La Région gère le réseau de cars, quelle affaire!", true)]
    public void Punctuation_LeavesTheExclamationMarkOfANameInCapitals(string language, string text, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The region runs the ZOU! coach network from Marseille.")
            .Edition(language, (text, "The region runs the network of coaches ZOU! from Marseille."))
            .Build();

        var findings = new PunctuationDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The Aragonese Health Service had still not found a replacement when the council announced the tribute.", false)]
    [InlineData("The Aragonese Health Service still found no replacement when the council announced the tribute.", true)]
    public void LostTense_KeepsAPluperfectWithTwoAdverbsAfterHad(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El Servicio Aragonés de Salud no había encontrado todavía un sustituto cuando el Ayuntamiento anunció el homenaje.", "The Aragonese Service of Health had not found still a substitute when the Town hall announced the tribute."))
            .PivotEdition("en", english)
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Fundada en una finca de 60 acres (24 hectàrees) al costat del riu.", false)]
    [InlineData("Fundada en una finca de 60 acres (44 hectàrees) al costat del riu.", true)]
    public void Numbers_ReadsCatalanHectaresAsAConversionInBrackets(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Founded on a 60-acre farm beside the river.")
            .Edition("ca", (catalan, "Founded in a farm of 60 acres (24 hectares) beside the river."))
            .Build();

        var findings = new NumbersDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("If the owners earn ten times more with the panels, nobody will rent them to me.", false)]
    [InlineData("The lease will run three years more on the same terms.", true)]
    public void Calque_LeavesAMultipleBeforeMore(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le bail courra trois ans de plus, et si les propriétaires touchent dix fois plus, personne ne me louera.", "The lease will run three years more, and if the owners touch ten times more, nobody will rent me."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(Options).Detect(context).Where(f => f.Language == "en" && f.Text.EndsWith("more", StringComparison.Ordinal));

        Assert.Equal(expected, findings.Any());
    }
}

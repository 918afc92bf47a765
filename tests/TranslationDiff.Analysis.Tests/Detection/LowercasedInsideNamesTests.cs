using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>A common word the other editions capitalise only inside a longer name is a description, unless the whole name was lowered.</summary>
public class LowercasedInsideNamesTests
{
    [Theory]
    [InlineData("Los heridos fueron trasladados al hospital de la ciudad durante la noche.", null)]
    [InlineData("Los heridos fueron trasladados al hospital royal de la ciudad durante la noche.", "royal")]
    public void LowercasedName_LeavesACommonWordCapitalisedOnlyInsideLongerNames_ButNotALoweredName(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The injured were taken to the Salford Royal Hospital during the night.")
            .Edition("fr", ("Les blessés ont été transportés à l'hôpital Salford Royal Hospital pendant la nuit.", "The injured were taken to the hospital Salford Royal Hospital during the night."))
            .Edition("es", (spanish, "The injured were moved to the hospital of the city during the night."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = ["Salford"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["royal"];

        var findings = new LowercasedNameDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void LowercasedName_FindsANameWrittenWhollyInLowerCase()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Los técnicos del Consejo Regulador visitaron las viñas.", "The technicians of the Regulating Council visited the vineyards."))
            .PivotEdition("en", "Technicians from the Regulatory Council visited the vineyards.")
            .Edition("ca", ("Els tècnics del consell regulador van visitar les vinyes.", "The technicians of the regulating council visited the vineyards."))
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["viñas"];
        context.Editions[2].Paragraphs[0].UnknownWords = ["vinyes"];

        var findings = new LowercasedNameDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca");

        Assert.Contains(findings, f => f.Text == "regulador");
    }

    [Theory]
    [InlineData("The plans were drawn up by architects from Terrassa.", null)]
    [InlineData("The plans were drawn up by the architects Factory of Terrassa.", "architects")]
    public void LowercasedName_LeavesAnEnglishWordCapitalisedOnlyInsideLongerNames_ButNotHalfANameLowered(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Els plànols són de Marta Vidal Architects, de Terrassa.", "The plans are of Marta Vidal Architects, of Terrassa."))
            .Edition("es", ("Los planos son de Marta Vidal Architects, de Terrassa.", "The plans are of Marta Vidal Architects, of Terrassa."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["Terrassa"];

        var findings = new LowercasedNameDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

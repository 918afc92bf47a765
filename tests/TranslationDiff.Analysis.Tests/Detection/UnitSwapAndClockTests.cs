using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 53: a figure kept with another unit of its kind, and the English twelve-hour clock with a dot.</summary>
public class UnitSwapAndClockTests
{
    [Theory]
    [InlineData("El ramal de 2,4 kilómetros unirá la estación con las viviendas.", "2,4")]
    [InlineData("El ramal de 3,9 kilómetros unirá la estación con las viviendas.", null)]
    [InlineData("El ramal de 2,4 millas unirá la estación con las viviendas.", null)]
    public void Numbers_FindAFigureKeptWithAnotherUnit(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The 2.4-mile branch will link the station with the new homes.")
            .Edition("es", (spanish, "…"))
            .Build();

        var findings = new NumbersDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void Numbers_FindTheEnglishClockWrittenWithADot_InASpanishEdition()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The council will hold a public meeting on 14 May at 6.30pm.")
            .Edition("es", ("El Ayuntamiento celebrará una reunión pública el 14 de mayo a las 6.30pm.", "…"))
            .Build();

        var finding = Assert.Single(new NumbersDetector(new DetectionOptions()).Detect(context), f => f.Language == "es");

        Assert.Equal("6.30pm", finding.Text);
    }
}

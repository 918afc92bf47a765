using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 96: Catalan « nou » and French « neuf » that are nine, read as "new" or "again" by an edition.</summary>
public class LostNineTests
{
    private static readonly NumbersDetector Detector = new(new DetectionOptions());

    [Theory]
    [InlineData("El equipo, de nuevo personas, ha trabajado con madera de abeto.", true)]
    [InlineData("El equipo, de nueve personas, ha trabajado con madera de abeto.", false)]
    [InlineData("El equipo ha trabajado de nuevo con madera de abeto.", true)]
    public void Detect_FindsANineReadAsAgain_WhenTheOtherEditionsGiveTheCount(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("L'equip, de nou persones, ha treballat amb fusta d'avet.", "The squad, of nine persons, has worked with wood of fir."))
            .PivotEdition("en", "The nine-strong team worked with fir wood.")
            .Edition("es", (spanish, "The squad, again people, has worked with wood of fir."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es").ToList();

        Assert.Equal(expected, findings.Count == 1 && findings[0].Text.StartsWith("de nuevo", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_LeavesACountMissingInAnEditionThatSaysNothingOfNewOrAgain()
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les deux parties se retrouveront jeudi.", "The two parts will meet Thursday."))
            .PivotEdition("en", "The two sides will meet on Thursday.")
            .Edition("es", ("Ambas partes se reunirán el jueves.", "Both parts will meet Thursday."))
            .Build();

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "es");
    }

    [Theory]
    [InlineData("L'equip, de nou persones, ha treballat amb fusta d'avet.", false)]
    [InlineData("Han pujat de nou mil a dotze mil visitants.", false)]
    [InlineData("L'orgue ha tornat a sonar de nou.", true)]
    [InlineData("Ho han fet de nou les mateixes persones.", true)]
    public void Says_ReadsCatalanDeNou_AsAgain_OnlyWhenNoCountedNounFollows(string catalan, bool expected)
    {
        Assert.Equal(expected, NativeWords.Says(catalan, "ca", "again"));
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>An institution's head noun lowered before its place (« la universidad de Aberdeen ») against another edition's capital.</summary>
public class LowercasedInstitutionsTests
{
    [Theory]
    [InlineData("Lo confirma un estudio de la universidad de Aberdeen publicado ayer.", "universidad de Aberdeen")]
    [InlineData("Lo confirma un estudio de la Universidad de Aberdeen publicado ayer.", null)]
    [InlineData("Lo confirma un estudio de la provincia de Aberdeen publicado ayer.", null)]
    public void LowercasedName_FindsAnInstitutionsHeadLoweredBeforeItsPlace(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "A study by the University of Aberdeen published yesterday confirms it.")
            .Edition("es", (spanish, "It is confirmed by a study of the university of Aberdeen published yesterday."))
            .Build();

        var findings = new LowercasedNameDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void LowercasedName_LeavesTheFrenchConventionAlone_AndNeedsTheOtherEditionsCapital()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Lo confirma un estudio de la Universidad de Montpellier.", "It is confirmed by a study of the University of Montpellier."))
            .Edition("fr", ("Une étude de l'université de Montpellier le confirme.", "A study of the university of Montpellier confirms it."))
            .Edition("ca", ("Ho confirma un estudi de la universitat de Perpinyà.", "It is confirmed by a study of the university of Perpinyà."))
            .Build();

        Assert.DoesNotContain(new LowercasedNameDetector(new DetectionOptions()).Detect(context), f => f.Text.Contains(" de ", StringComparison.Ordinal));
    }
}

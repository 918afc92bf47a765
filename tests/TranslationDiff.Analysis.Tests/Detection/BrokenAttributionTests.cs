using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 52: the attribution of a sentence cut off after it as a sentence of its own.</summary>
public class BrokenAttributionTests
{
    [Theory]
    [InlineData("fr", "Chaque traversée coûtait 64 000 £ à opérer. Selon les chiffres présentés au personnel lundi après-midi.", "opérer. Selon les chiffres présentés au personnel lundi après-midi")]
    [InlineData("es", "Las obras se han detenido tras el hallazgo en Canal Street. Dijo el Ayuntamiento este miércoles.", "Canal Street. Dijo el Ayuntamiento este miércoles")]
    [InlineData("es", "Las obras se han detenido tras el hallazgo en Canal Street, dijo el Ayuntamiento este miércoles.", null)]
    [InlineData("fr", "Chaque traversée coûtait 64 000 £. Selon les chiffres, la ligne perd de l'argent.", null)]
    public void Detect_FindsAnAttributionCutOffAfterItsSentence(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Each crossing cost £64,000 to run, according to figures the council gave staff on Wednesday.")
            .Edition(language, (text, "…"))
            .Build();

        var findings = new BrokenSentenceDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == language).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Spanish and Catalan share many short words: Catalan « se » before a verb in s- is Catalan grammar, not Spanish left in.</summary>
public class UntranslatedCatalanTests
{
    [Theory]
    [InlineData("La llista d'espera se situa en 112 dies de mitjana.", null)]
    [InlineData("La llista d'espera se sitúa en los 112 días de media.", "se sitúa en los 112 días de media")]
    public void Untranslated_TakesCatalanSeAsCatalan_ButNotASpanishSentenceLeftIn(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("La lista de espera se sitúa en los 112 días de media.", "The waiting list is located in the 112 days of average."))
            .Edition("ca", (catalan, "The waiting list is located in 112 days of average."))
            .Build();

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Han trobat fibres en els musclos al llarg de l'estuary del Tamar.", "estuary", "estuary")]
    [InlineData("Han trobat fibres en els musclos al llarg de l'estuari del Tamar.", "Tamar", null)]
    public void Untranslated_ReadsASourceWordBehindAnElidedArticle(string catalan, string unknown, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Fibres were found in mussels along the Tamar estuary.")
            .Edition("ca", (catalan, "They have found fibres in the mussels along the estuary of the Tamar."))
            .Build();
        context.Editions[1].Paragraphs[0].UnknownWords = [unknown];
        context.Editions[1].Paragraphs[0].UnknownToLanguage = [unknown];

        var findings = new UntranslatedDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

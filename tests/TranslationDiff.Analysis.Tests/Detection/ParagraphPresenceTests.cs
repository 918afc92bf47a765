using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class ParagraphPresenceTests
{
    [Fact]
    public void OmittedParagraph_ReportsAtNextParagraph_WhenGroupLacksTheEdition()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Troops, Samples.Containers, Samples.Kiev)
            .PivotEdition("en", "A total of 8,000 troops went to Kursk, according to Washington.", "The minister wants the restrictions lifted, which Kyiv has demanded for months.")
            .Group("1-1", ("fr", [0]), ("en", [0]))
            .Group("1-0", ("fr", [1]))
            .Group("1-1", ("fr", [2]), ("en", [1]))
            .Build();

        var finding = Assert.Single(new OmittedParagraphDetector(new DetectionOptions()).Detect(context));

        Assert.Equal((1, 0, 0, "g2", Severity.Major), (finding.Paragraph, finding.Start, finding.Length, finding.GroupId, finding.Severity));
        Assert.Contains("16 500", finding.Evidence["fr"], StringComparison.Ordinal);
        Assert.Contains("16 500", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddedParagraph_ReportsWholeParagraph_WhenReferenceLacksIt()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Troops)
            .PivotEdition("en", "A total of 8,000 troops went to Kursk, according to Washington.", "Read more: our full coverage of the war in Ukraine and its consequences.")
            .Group("1-1", ("fr", [0]), ("en", [0]))
            .Group("0-1", ("en", [1]))
            .Build();

        var finding = Assert.Single(new AddedParagraphDetector(new DetectionOptions()).Detect(context));

        Assert.Equal((1, 0, "en"), (finding.Paragraph, finding.Start, finding.Language));
        Assert.Equal(context.Editions[1].Paragraphs[1].Text, finding.Text);
        Assert.Equal(Categories.Addition, finding.Category);
    }

    [Fact]
    public void OmittedParagraph_FindsNothing_WhenParagraphIsTooShortOrMoved()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Troops, ("Lire aussi", "Read also"), Samples.Kiev)
            .PivotEdition("en", "A total of 8,000 troops went to Kursk.", "Kyiv has demanded it for months.")
            .Group("1-1", ("fr", [0]), ("en", [0]))
            .Group("1-0", ("fr", [1]))
            .Group("moved", ("fr", [2]), ("en", [1]))
            .Build();

        Assert.Empty(new OmittedParagraphDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenAlignerLeftTwoRenderingsOfOneHeadingUnpaired()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Troops, ("180 habitants évacués", "180 inhabitants evacuated"))
            .Edition("es", ("Un total de 8.000 soldados han sido desplegados en Kursk, según Washington.", "A total of 8.000 soldiers have been deployed in Kursk, according to Washington."), ("180 vecinos desalojados", "180 neighbours desalojados"))
            .Group("1-1", ("fr", [0]), ("es", [0]))
            .Group("0-1", ("es", [1]))
            .Group("1-0", ("fr", [1]))
            .Build();

        Assert.Empty(new OmittedParagraphDetector(new DetectionOptions()).Detect(context));
        Assert.Empty(new AddedParagraphDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void AddedParagraph_ReportsTheSecondCopy_WhenParagraphIsPrintedTwice()
    {
        const string twice = "Un bombero resultó herido leve en la mano el miércoles por la noche, según la prefectura.";
        var context = new ContextBuilder()
            .Edition("fr", ("Un pompier a été légèrement blessé à la main mercredi soir, selon la préfecture.", "A firefighter was slightly injured in the hand on Wednesday night, according to the prefecture."))
            .Edition("es", (twice, "A fireman was slightly injured in the hand on Wednesday night, according to the prefecture."), (twice, "A fireman was slightly injured in the hand on Wednesday night, according to the prefecture."))
            .Group("0-1", ("es", [0]))
            .Group("1-1", ("fr", [0]), ("es", [1]))
            .Build();

        var finding = Assert.Single(new AddedParagraphDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(1, finding.Paragraph);
        Assert.Contains("printed twice", finding.Message, StringComparison.Ordinal);
    }
}

using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class CoarseSearchTests
{
    /// <summary>Small enough to force the coarse search on a few hundred units.</summary>
    private static readonly SequenceAlignerOptions Coarse = SequenceAlignerOptions.Default with { FullSearchCells = 400, CoarseBlockSize = 4 };

    [Fact]
    public void Align_GivesTheFullSearchResult_WhenInputIsLarge()
    {
        var source = SampleTexts.Generated(240);
        var target = source.Where((_, k) => k % 37 != 5).ToList();
        target.Insert(100, SampleTexts.Unrelated);

        var banded = new SequenceAligner(Coarse).Align(source, target);
        var full = new SequenceAligner(SequenceAlignerOptions.Default with { FullSearchCells = long.MaxValue }).Align(source, target);

        Assert.Equal(full.Select(b => b.ToString()), banded.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_StaysOnTheDiagonal_WhenTextRepeats()
    {
        // The same 40 sentences four times: every copy matches every other copy equally well, so only the order
        // can tell them apart; a search that looked for anchors globally could jump between copies.
        var unit = SampleTexts.Generated(40);
        var source = Enumerable.Repeat(unit, 4).SelectMany(x => x).ToList();

        var beads = new SequenceAligner(Coarse).Align(source, source);

        Assert.All(beads, (b, k) => Assert.Equal($"[{k}]:[{k}]", b.ToString()));
    }

    [Fact]
    public void Band_CoversTheDiagonal_WithFewerCellsThanTheFullGrid()
    {
        var texts = SampleTexts.Generated(300);

        var band = CoarseSearch.Band(texts, texts, Coarse);

        Assert.All(Enumerable.Range(0, 301), i => Assert.InRange(i, band.Low[i], band.High[i]));
        Assert.True(band.Cells < 301L * 301 / 4);
    }
}

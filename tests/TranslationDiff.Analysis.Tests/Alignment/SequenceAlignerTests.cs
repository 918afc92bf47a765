using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class SequenceAlignerTests
{
    private readonly SequenceAligner _aligner = new();

    [Fact]
    public void Align_PairsEveryUnitOneToOne_WhenSidesAreEqual()
    {
        var beads = _aligner.Align(SampleTexts.Flood, SampleTexts.Flood);

        Assert.Equal(SampleTexts.Flood.Length, beads.Count);
        Assert.All(beads, (b, k) => Assert.Equal($"[{k}]:[{k}]", b.ToString()));
        Assert.All(beads, b => Assert.Equal(1.0, b.Score));
    }

    [Fact]
    public void Align_MakesOneToTwoBead_WhenTargetSplitsASentence()
    {
        var target = SampleTexts.Flood.Take(2).Concat(SampleTexts.BridgeInTwo).Concat(SampleTexts.Flood.Skip(3)).ToList();

        var beads = _aligner.Align(SampleTexts.Flood, target);

        Assert.Contains("[2]:[2, 3]", Render(beads));
        Assert.Equal("[3]:[4]", Render(beads)[3]);
        Assert.Equal(SampleTexts.Flood.Length, beads.Count);
    }

    [Fact]
    public void Align_MakesTwoToOneBead_WhenSourceSplitsASentence()
    {
        var source = SampleTexts.Flood.Take(2).Concat(SampleTexts.BridgeInTwo).Concat(SampleTexts.Flood.Skip(3)).ToList();

        var beads = _aligner.Align(source, SampleTexts.Flood);

        Assert.Contains("[2, 3]:[2]", Render(beads));
    }

    [Fact]
    public void Align_MakesTwoToTwoBead_WhenSidesSplitTwoSentencesAtDifferentPoints()
    {
        var source = SampleTexts.Flood.Take(3).Concat(
        [
            "Engineers will inspect the old dam above the village on Thursday morning, and schools in the valley stay closed",
            "until further notice, the district office said.",
        ]).Concat(SampleTexts.Flood.Skip(5)).ToList();
        var target = SampleTexts.Flood.Take(3).Concat(
        [
            "Engineers will inspect the old dam.",
            "Above the village on Thursday morning, and schools in the valley stay closed until further notice, the district office said.",
        ]).Concat(SampleTexts.Flood.Skip(5)).ToList();

        var rendered = Render(_aligner.Align(source, target));

        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3, 4]:[3, 4]", "[5]:[5]", "[6]:[6]", "[7]:[7]"], rendered);
    }

    [Fact]
    public void Align_LeavesSourceUnitAlone_WhenTargetOmitsIt()
    {
        var target = SampleTexts.Flood.Where((_, k) => k != 3).ToList();

        var rendered = Render(_aligner.Align(SampleTexts.Flood, target));

        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]", "[7]:[6]"], rendered);
    }

    [Fact]
    public void Align_LeavesTargetUnitAlone_WhenTargetAddsOne()
    {
        var target = SampleTexts.Flood.Take(2).Append(SampleTexts.Unrelated).Concat(SampleTexts.Flood.Skip(2)).ToList();

        var rendered = Render(_aligner.Align(SampleTexts.Flood, target));

        Assert.Contains("[]:[2]", rendered);
        Assert.Contains("[2]:[3]", rendered);
        Assert.Equal(SampleTexts.Flood.Length + 1, rendered.Count);
    }

    [Fact]
    public void Align_ReturnsOnlyDeletions_WhenTargetIsEmpty()
    {
        var rendered = Render(_aligner.Align(SampleTexts.Flood, []));

        Assert.Equal(Enumerable.Range(0, SampleTexts.Flood.Length).Select(k => $"[{k}]:[]"), rendered);
    }

    [Fact]
    public void Align_ReturnsOnlyInsertions_WhenSourceIsEmpty()
    {
        var rendered = Render(_aligner.Align([], SampleTexts.Flood));

        Assert.Equal(Enumerable.Range(0, SampleTexts.Flood.Length).Select(k => $"[]:[{k}]"), rendered);
    }

    [Fact]
    public void Align_ReturnsNoBeads_WhenBothSidesAreEmpty()
    {
        Assert.Empty(_aligner.Align([], []));
    }

    [Fact]
    public void Align_CoversEveryUnitInOrder_WhenTextsAreUnrelated()
    {
        var source = SampleTexts.Generated(30);
        var target = SampleTexts.Flood.Concat(SampleTexts.Flood).ToList();

        var beads = _aligner.Align(source, target);

        Assert.Equal(Enumerable.Range(0, source.Count), beads.SelectMany(b => b.Source));
        Assert.Equal(Enumerable.Range(0, target.Count), beads.SelectMany(b => b.Target));
    }

    [Fact]
    public void Align_UsesOriginalLengths_WithoutChangingAnEasyAlignment()
    {
        var original = SampleTexts.Flood.Select(s => s.ToUpperInvariant()).ToList();

        var beads = _aligner.Align(SampleTexts.Flood, SampleTexts.Flood, original);

        Assert.All(beads, (b, k) => Assert.Equal($"[{k}]:[{k}]", b.ToString()));
    }

    [Fact]
    public void Align_Throws_WhenOriginalHasAnotherLength()
    {
        Assert.Throws<ArgumentException>(() => _aligner.Align(SampleTexts.Flood, SampleTexts.Flood, ["one"]));
    }

    private static List<string> Render(IEnumerable<Bead> beads) => beads.Select(b => b.ToString()).ToList();
}

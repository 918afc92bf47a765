using TranslationDiff.Analysis.Diffing;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Diffing;

public class DiffPlexWordDifferTests
{
    private readonly DiffPlexWordDiffer _differ = new();

    [Fact]
    public void Diff_MarksChangedWords_AndKeepsSharedOnes()
    {
        var pieces = _differ.Diff("said the head of State, Yoon Suk Yeol", "the head of the war said. Yoon Suk Yeol State.");

        Assert.Contains(pieces, p => p.Operation == DiffOperation.Equal && p.Text.Contains("the head of", StringComparison.Ordinal));
        Assert.Contains(pieces, p => p.Operation == DiffOperation.Inserted && p.Text.Contains("war", StringComparison.Ordinal));
        Assert.Contains(pieces, p => p.Operation == DiffOperation.Deleted && p.Text.Contains("State,", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_RebuildsBothTexts_FromItsPieces()
    {
        const string reference = "A total of 8,000 troops have been deployed to Kursk.";
        const string other = "In all 8,000 soldiers were deployed in the Kursk region.";

        var pieces = _differ.Diff(reference, other);

        Assert.Equal(other, string.Concat(pieces.Where(p => p.Operation != DiffOperation.Deleted).Select(p => p.Text)));
        Assert.Equal(
            reference.Replace(" ", string.Empty, StringComparison.Ordinal),
            string.Concat(pieces.Where(p => p.Operation != DiffOperation.Inserted).Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_TreatsNoBreakSpaceLikeASpace()
    {
        var pieces = _differ.Diff("de 8 000 soldats", "de 8\u00a0000 soldats");

        Assert.DoesNotContain(pieces, p => p.Operation == DiffOperation.Deleted && p.Text.Trim() == "8");
    }

    [Fact]
    public void Diff_KeepsANumberWhole_WhenItChanges()
    {
        var pieces = _differ.Diff("more than 16,500 containers", "more than 15,600 containers");

        Assert.Contains(new DiffPiece(DiffOperation.Deleted, "16,500"), pieces);
        Assert.Contains(new DiffPiece(DiffOperation.Inserted, "15,600"), pieces);
    }

    [Fact]
    public void Diff_ReturnsOneEqualPiece_ForIdenticalTexts()
    {
        var piece = Assert.Single(_differ.Diff("same words here", "same words here"));

        Assert.Equal(DiffOperation.Equal, piece.Operation);
    }
}

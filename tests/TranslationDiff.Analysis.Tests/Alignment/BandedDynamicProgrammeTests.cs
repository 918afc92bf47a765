using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class BandedDynamicProgrammeTests
{
    private static readonly BeadShape[] Shapes = [new(1, 1), new(1, 0), new(0, 1), new(1, 2), new(2, 1)];

    [Fact]
    public void Align_FollowsTheDiagonal_WhenOnlyDiagonalPairsScore()
    {
        var beads = BandedDynamicProgramme.Align(SearchBand.Full(3, 3), Shapes, (i0, a, j0, b) => (a, b) == (1, 1) && i0 == j0 ? 1 : -1);

        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[2]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_PrefersTheMerge_WhenItOutscoresOneToOnePlusSkip()
    {
        // Source 1 matches targets 1 and 2 together (score 2) better than target 1 alone plus skipping 2 (0.9 - 0.5).
        double Score(int i0, int a, int j0, int b) => (i0, a, j0, b) switch
        {
            (0, 1, 0, 1) => 1,
            (1, 1, 1, 2) => 2,
            (1, 1, 1, 1) => 0.9,
            _ when a == 0 || b == 0 => -0.5,
            _ => -1,
        };

        var beads = BandedDynamicProgramme.Align(SearchBand.Full(2, 3), Shapes, Score);

        Assert.Equal(["[0]:[0]", "[1]:[1, 2]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_TakesTheFirstShape_WhenScoresTie()
    {
        // 1-1 then 0-1 and 0-1 then 1-1 and 1-2 all score 0: the earliest shape in the list (1-1) is tried first at
        // the last cell, so the path ends with a 1-1 bead.
        var beads = BandedDynamicProgramme.Align(SearchBand.Full(1, 2), Shapes, (_, _, _, _) => 0);

        Assert.Equal("[0]:[1]", beads[^1].ToString());
    }

    [Fact]
    public void Path_StaysInsideTheBand()
    {
        var band = SearchBand.FromBounds([0, 0, 1, 2, 3], [1, 2, 3, 4, 4], 4);

        var path = BandedDynamicProgramme.Path(band, Shapes, (i0, a, j0, b) => a == 0 || b == 0 ? -0.1 : 0.5);

        Assert.All(path, cell => Assert.InRange(cell.J, band.Low[cell.I], band.High[cell.I]));
        Assert.Equal((0, 0), path[0]);
        Assert.Equal((4, 4), path[^1]);
    }

    [Fact]
    public void Align_TellsEachRowBeforeFillingIt()
    {
        var rows = new List<int>();

        BandedDynamicProgramme.Align(SearchBand.Full(3, 2), Shapes, (_, _, _, _) => 0, rows.Add);

        Assert.Equal([0, 1, 2, 3], rows);
    }
}

using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class SearchBandTests
{
    [Fact]
    public void FromBounds_MakesBoundsMonotonicAndConnected()
    {
        var band = SearchBand.FromBounds([3, 0, 5, 1, 9], [4, 2, 6, 2, 9], 9);

        for (var i = 0; i < 4; i++)
        {
            Assert.True(band.Low[i] <= band.Low[i + 1]);
            Assert.True(band.High[i] <= band.High[i + 1]);
            Assert.True(band.High[i] >= band.Low[i + 1]);
        }

        Assert.Equal(0, band.Low[0]);
        Assert.Equal(9, band.High[4]);
    }

    [Fact]
    public void AroundPath_CoversThePathWithTheMargin()
    {
        var band = SearchBand.AroundPath([(0, 0), (1, 1), (2, 1), (3, 3)], 1, 3, 3, 1);

        // Each step covers its rows with the columns it spans, one column wider on each side.
        Assert.Equal([0, 0, 0, 0], band.Low);
        Assert.Equal([2, 2, 3, 3], band.High);
    }

    [Fact]
    public void AroundPath_ScalesACoarsePath()
    {
        // One coarse step (0,0)->(1,1) over blocks of 4 covers fine rows 0..4 and columns 0..4.
        var band = SearchBand.AroundPath([(0, 0), (1, 1), (2, 2)], 4, 6, 7, 0);

        Assert.Equal(0, band.Low[3]);
        Assert.Equal(4, band.High[3]);
        Assert.Equal(7, band.High[6]);
        Assert.True(band.Cells < 7 * 8);
    }

    [Fact]
    public void Full_HoldsEveryCell()
    {
        Assert.Equal(4 * 6, SearchBand.Full(3, 5).Cells);
    }
}

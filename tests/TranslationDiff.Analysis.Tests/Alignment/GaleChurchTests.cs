using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Analysis.Tests.Alignment;

public class GaleChurchTests
{
    [Fact]
    public void Cost_IsZero_WhenTheTargetHasTheExpectedLength()
    {
        Assert.Equal(0, GaleChurch.Cost(100, 110, 1.1, 6.8), 6);
    }

    [Fact]
    public void Cost_Grows_AsTheLengthsDrift()
    {
        var near = GaleChurch.Cost(100, 120, 1.0, 6.8);
        var far = GaleChurch.Cost(100, 200, 1.0, 6.8);

        Assert.True(near > 0);
        Assert.True(far > near);
    }

    [Fact]
    public void Cost_StaysFinite_WhenOneSideIsEmpty()
    {
        var cost = GaleChurch.Cost(0, 500, 1.0, 6.8);

        Assert.True(double.IsFinite(cost));
        Assert.True(cost > 0);
    }
}

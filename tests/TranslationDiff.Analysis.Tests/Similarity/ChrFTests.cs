using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Tests.Similarity;

public class ChrFTests
{
    [Fact]
    public void Score_IsOne_WhenTextsAreEqual()
    {
        Assert.Equal(1.0, ChrF.Score("The river rose overnight.", "The river rose overnight."), 12);
    }

    [Fact]
    public void Score_IsZero_WhenTextsShareNoCharacter()
    {
        Assert.Equal(0.0, ChrF.Score("aaaa", "bbbb"));
    }

    [Fact]
    public void Score_IgnoresWhitespace_LikeSacreBleu()
    {
        Assert.Equal(1.0, ChrF.Score("ab cd", "abcd"), 12);
    }

    [Fact]
    public void Score_MatchesHandComputedValue_WhenOneCharacterDiffers()
    {
        // "abc" against "abd" with orders 1..3: unigrams 2/3 match, bigrams 1/2, trigrams 0/1.
        // Precision = recall = (2/3 + 1/2 + 0) / 3 = 7/18, so F (any beta) = 7/18.
        var options = new ChrFOptions { CharOrder = 3 };

        Assert.Equal(7.0 / 18.0, ChrF.Score("abc", "abd", options), 12);
    }

    [Fact]
    public void Score_WeighsRecallMore_WhenBetaIsTwo()
    {
        // Hypothesis "ab" inside reference "abcd" (orders 1..2): precision 1, recall (2/4 + 1/3) / 2 = 5/12.
        var options = new ChrFOptions { CharOrder = 2, Beta = 2 };
        const double P = 1.0, R = 5.0 / 12.0;

        Assert.Equal(5 * P * R / ((4 * P) + R), ChrF.Score("ab", "abcd", options), 12);
    }

    [Fact]
    public void Score_CountsWords_WhenWordOrderIsTwo()
    {
        // Without whitespace the characters are identical; as words they are not.
        Assert.Equal(1.0, ChrF.Score("notebook", "note book"), 12);
        Assert.True(ChrF.Score("notebook", "note book", new ChrFOptions { WordOrder = 2 }) < 1.0);
    }

    [Fact]
    public void Score_IsCaseInsensitive_WhenLowercaseIsSet()
    {
        Assert.Equal(1.0, ChrF.Score("Geneva", "GENEVA", new ChrFOptions { Lowercase = true }), 12);
        Assert.True(ChrF.Score("Geneva", "GENEVA") < 0.5);
    }
}

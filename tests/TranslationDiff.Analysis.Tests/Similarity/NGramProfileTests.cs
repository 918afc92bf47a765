using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Tests.Similarity;

public class NGramProfileTests
{
    private static readonly ChrFOptions Options = new() { CharOrder = 3 };

    [Fact]
    public void Build_CountsNGramsPerOrder_WithoutWhitespace()
    {
        var profile = NGramProfile.Build("ab a", Options);

        // "aba": 3 unigrams, 2 bigrams, 1 trigram; "a" occurs twice.
        Assert.Equal([3, 2, 1], profile.Totals);
        Assert.Equal(5, profile.Length);
        Assert.Contains(2, profile.Counts);
    }

    [Fact]
    public void Sum_AddsCounts_WhenProfilesShareNGrams()
    {
        var sum = NGramProfile.Sum(NGramProfile.Build("ab", Options), NGramProfile.Build("ba", Options));

        // Unigrams a, b twice each; bigrams ab, ba once each.
        Assert.Equal([4, 2, 0], sum.Totals);
        Assert.Equal(4, sum.Length);
    }

    [Fact]
    public void CountMatches_ClipsToTheSmallerCount()
    {
        Span<int> matches = stackalloc int[3];
        NGramProfile.Build("aaa", Options).CountMatches(NGramProfile.Build("a", Options), matches);

        Assert.Equal(1, matches[0]);
        Assert.Equal(0, matches[1]);
    }

    [Fact]
    public void WithWeights_ScalesWeightedTotals()
    {
        var weighted = NGramProfile.Build("abc", Options).WithWeights(_ => 2f);

        Assert.Equal([6.0, 4.0, 2.0], weighted.WeightedTotals);
    }

    [Fact]
    public void Build_GivesEqualKeys_OnEveryCall()
    {
        var first = NGramProfile.Build("Zürich, 12 mai", Options);
        var second = NGramProfile.Build("Zürich, 12 mai", Options);

        Assert.Equal(first.Keys, second.Keys);
    }
}

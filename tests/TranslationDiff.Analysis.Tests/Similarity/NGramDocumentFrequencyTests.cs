using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Tests.Similarity;

public class NGramDocumentFrequencyTests
{
    [Fact]
    public void InverseFrequency_IsHigher_ForRareNGrams()
    {
        var options = new ChrFOptions { CharOrder = 1 };
        var table = new NGramDocumentFrequency(16);
        foreach (var text in new[] { "ax", "ay", "az", "aq" })
        {
            table.Add(NGramProfile.Build(text, options));
        }

        var common = NGramProfile.Build("a", options).Keys[0];
        var rare = NGramProfile.Build("x", options).Keys[0];

        Assert.Equal(4, table.Frequency(common));
        Assert.Equal(1, table.Frequency(rare));
        Assert.True(table.InverseFrequency(rare) > table.InverseFrequency(common));
    }
}

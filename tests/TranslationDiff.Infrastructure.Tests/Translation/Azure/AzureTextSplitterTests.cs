using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureTextSplitterTests
{
    [Theory]
    [InlineData("Une phrase. Une autre ! Une question ? Fin.", 4)]
    [InlineData("« Il a dit : non. » Puis il est parti.", 2)]
    [InlineData("Le taux est de 3.5 % cette année. Voilà.", 2)]
    [InlineData("第一句。第二句！第三句？", 3)]
    [InlineData("Ligne un\nLigne deux", 2)]
    public void Sentences_FindsBoundaries_AndKeepsEveryCharacter(string text, int count)
    {
        var sentences = AzureTextSplitter.Sentences(text).ToList();

        Assert.Equal(count, sentences.Count);
        Assert.Equal(text, string.Concat(sentences));
    }

    [Fact]
    public void Split_ReturnsTextWhole_WhenItFits()
    {
        Assert.Equal(["Court."], AzureTextSplitter.Split("Court.", 10));
    }

    [Fact]
    public void Split_CutsAtSentenceBoundaries_WhenTextIsTooLong()
    {
        const string text = "Première phrase ici. Deuxième phrase là. Troisième.";

        var pieces = AzureTextSplitter.Split(text, 25);

        Assert.Equal(["Première phrase ici. ", "Deuxième phrase là. ", "Troisième."], pieces);
    }

    [Fact]
    public void Split_PacksSeveralSentences_WhenTheyFitTogether()
    {
        var pieces = AzureTextSplitter.Split("Un. Deux. Trois. Quatre. Cinq.", 12);

        Assert.All(pieces, p => Assert.True(p.Length <= 12));
        Assert.Equal(["Un. Deux. ", "Trois. ", "Quatre. ", "Cinq."], pieces);
    }

    [Fact]
    public void Split_FallsBackToWhitespace_WhenASentenceIsTooLong()
    {
        const string text = "une très longue phrase sans aucune ponctuation finale qui continue";

        var pieces = AzureTextSplitter.Split(text, 20);

        Assert.All(pieces, p => Assert.True(p.Length <= 20, p));
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(" ", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Split_CutsInsideAWord_WithoutBreakingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 10));

        var pieces = AzureTextSplitter.Split(text, 5);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1]), "a piece ends inside a surrogate pair"));
        Assert.All(pieces, p => Assert.True(p.Length <= 5));
    }
}

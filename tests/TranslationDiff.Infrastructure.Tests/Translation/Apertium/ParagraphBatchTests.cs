using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class ParagraphBatchTests
{
    [Fact]
    public void Split_ReturnsEachText_WhenOutputKeepsTheEndMarks()
    {
        string[] texts = ["Un.", "Deux : « trois »", "M."];

        var split = ParagraphBatch.Split(ParagraphBatch.Join(texts), texts.Length);

        Assert.Equal(texts, split);
    }

    [Fact]
    public void Split_ToleratesWhitespaceChanges_AroundTheMarks()
    {
        var output = "One.\n\n\uE003\n\nTwo\n\uE003   \uE003\n";

        Assert.Equal(["One.", "Two", ""], ParagraphBatch.Split(output, 3));
    }

    [Theory]
    [InlineData("One.\n\n\uE003\n\nTwo", 2)]
    [InlineData("One.\n\n\uE003\n\n", 2)]
    [InlineData("One.\n\n\uE003\n\nTwo\n\n\uE003\n\nThree\n\n\uE003", 2)]
    [InlineData("", 1)]
    public void Split_ReturnsNull_WhenMarksAreMissingOrExtra(string output, int expected)
    {
        Assert.Null(ParagraphBatch.Split(output, expected));
    }

    [Fact]
    public void Normalize_MakesOneTrimmedLine_AndReplacesReservedCharacters()
    {
        Assert.Equal("Ligne un ligne deux \uFFFD fin", ParagraphBatch.Normalize("  Ligne un\r\nligne deux \uE003\n\n fin\u0000 "));
        Assert.Equal(string.Empty, ParagraphBatch.Normalize(" \n\t \n"));
    }
}

using TranslationDiff.Core.Translation;

namespace TranslationDiff.Core.Tests.Translation;

public class WordPiecesTests
{
    [Fact]
    public void Of_CutsOneToFiveLettersOffTheFront_AndTwoOrThreeOffTheEnd()
    {
        Assert.Equal(["ascalles", "scalles", "calles", "alles", "lles", "lascall", "lascal"], WordPieces.Of("lascalles"));
    }

    [Fact]
    public void Of_LeavesAtLeastTwoLettersAtTheFront_AndFourAtTheEnd()
    {
        Assert.Equal(["nany", "any", "ny"], WordPieces.Of("unany"));
        Assert.Equal(["hanksto", "anksto", "nksto", "ksto", "sto", "thanks", "thank"], WordPieces.Of("thanksto"));
        Assert.Equal(["el"], WordPieces.Of("yel"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("a3b")]
    [InlineData("l'aube")]
    [InlineData("")]
    public void Of_GivesNothing_ForShortWordsAndWordsWithOtherCharacters(string word)
    {
        Assert.Empty(WordPieces.Of(word));
    }
}

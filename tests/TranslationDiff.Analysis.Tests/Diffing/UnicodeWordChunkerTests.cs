using TranslationDiff.Analysis.Diffing;

namespace TranslationDiff.Analysis.Tests.Diffing;

public class UnicodeWordChunkerTests
{
    [Theory]
    [InlineData("8\u00a0000 soldats", new[] { "8\u00a0000", " ", "soldats" })]
    [InlineData("8\u202f000", new[] { "8\u202f000" })]
    [InlineData("8,000 troops", new[] { "8,000", " ", "troops" })]
    [InlineData("1,2 million", new[] { "1,2", " ", "million" })]
    [InlineData("4,1\u00a0%", new[] { "4,1", "\u00a0", "%" })]
    [InlineData("«\u00a0victoire\u00a0»", new[] { "«", "\u00a0", "victoire", "\u00a0", "»" })]
    [InlineData("“its victory”,", new[] { "“", "its", " ", "victory", "”", "," })]
    [InlineData("l’État", new[] { "l’État" })]
    [InlineData("Kim Jong-un", new[] { "Kim", " ", "Jong-un" })]
    [InlineData("le 1er novembre", new[] { "le", " ", "1er", " ", "novembre" })]
    [InlineData("channelNorth", new[] { "channelNorth" })]
    [InlineData("said. Yoon", new[] { "said", ".", " ", "Yoon" })]
    [InlineData("(ICBM)", new[] { "(", "ICBM", ")" })]
    [InlineData("1950-1953", new[] { "1950", "-", "1953" })]
    [InlineData("8 000", new[] { "8", " ", "000" })]
    public void Chunk_SplitsWordsNumbersAndPunctuation(string text, string[] expected) =>
        Assert.Equal(expected, UnicodeWordChunker.Instance.Chunk(text));

    [Theory]
    [InlineData("Tant que «\u00a0la Corée\u00a0» tient, 8\u00a0000 hommes… 😀 fin.")]
    [InlineData("  leading and trailing  ")]
    [InlineData("")]
    public void Chunk_GivesBackTheTextExactly_WhenConcatenated(string text) =>
        Assert.Equal(text, string.Concat(UnicodeWordChunker.Instance.Chunk(text)));
}

using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Text;

public class SentenceSegmenterTests
{
    [Fact]
    public void Split_FindsTwoSentences_WhenFullStopThenCapital()
    {
        var sentences = SentenceSegmenter.Split("The head of the war said. Yoon Suk Yeol State.", "en");

        Assert.Equal(["The head of the war said.", "Yoon Suk Yeol State."], sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("en", "Mr. Smith met Dr. Jones in the U.S. capital.")]
    [InlineData("en", "J. Smith arrived.")]
    [InlineData("fr", "M. Macron a parlé.")]
    [InlineData("de", "Am 1. November kam er.")]
    [InlineData("en", "It came from Korea. of the North since 2023.")]
    [InlineData("en", "He waited... and then left.")]
    public void Split_FindsOneSentence_WhenStopIsNotAnEnd(string language, string text)
    {
        Assert.Single(SentenceSegmenter.Split(text, language));
    }

    [Theory]
    [InlineData("en", "It holds stolen works of art. Experts say they are hard to sell.")]
    [InlineData("en", "The minister said no. The talks ended.")]
    public void Split_FindsTwoSentences_WhenAbbreviationIsAlsoAWord(string language, string text)
    {
        Assert.Equal(2, SentenceSegmenter.Split(text, language).Count);
    }

    [Theory]
    [InlineData("es", "Según el art. 5 de la ley, no.")]
    [InlineData("en", "See Art. 12 of the treaty.")]
    public void Split_KeepsAbbreviation_WhenNumberOrCapitalSaysSo(string language, string text)
    {
        Assert.Single(SentenceSegmenter.Split(text, language));
    }

    [Fact]
    public void Split_KeepsClosingQuoteWithSentence_WhenQuotationEnds()
    {
        var sentences = SentenceSegmenter.Split("“It is over.” Then he left! ¿Y ahora?", "es");

        Assert.Equal(["“It is over.”", "Then he left!", "¿Y ahora?"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_GivesOffsetsIntoText_WhenLeadingSpaces()
    {
        var sentences = SentenceSegmenter.Split("  One. Two.", "en");

        Assert.Equal([2, 7], sentences.Select(s => s.Start));
    }
}

using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Tests.Model;

public class LanguageTagTests
{
    [Theory]
    [InlineData("FR", "fr")]
    [InlineData("fra", "fr")]
    [InlineData("spa", "es")]
    [InlineData("en_US", "en-us")]
    [InlineData(" pt-BR ", "pt-br")]
    public void Normalize_ReturnsLowerCaseIso6391_WhenGivenOtherForms(string input, string expected) =>
        Assert.Equal(expected, LanguageTag.Normalize(input));

    [Theory]
    [InlineData("en", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("e", false)]
    [InlineData("english", false)]
    [InlineData("", false)]
    [InlineData("fr/../", false)]
    public void IsWellFormed_TellsCodesFromOtherText(string input, bool expected) =>
        Assert.Equal(expected, LanguageTag.IsWellFormed(input));

    [Fact]
    public void SameLanguage_ComparesPrimarySubtags() =>
        Assert.True(LanguageTag.SameLanguage("en-GB", "eng"));
}

using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureLanguageCodesTests
{
    private static readonly Dictionary<string, string> Service = new[] { "en", "fr", "fr-CA", "nb", "pt", "pt-PT", "zh-Hans", "zh-Hant", "sr-Cyrl", "sr-Latn", "he", "fil" }
        .ToDictionary(c => c.ToLowerInvariant(), c => c, StringComparer.Ordinal);

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-ca", "fr-CA")]
    [InlineData("fr-be", "fr")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-cn", "zh-Hans")]
    [InlineData("zh-tw", "zh-Hant")]
    [InlineData("no", "nb")]
    [InlineData("nb", "nb")]
    [InlineData("pt-br", "pt")]
    [InlineData("pt-pt", "pt-PT")]
    [InlineData("sr", "sr-Cyrl")]
    [InlineData("sr-latn", "sr-Latn")]
    [InlineData("iw", "he")]
    [InlineData("tl", "fil")]
    [InlineData("eng", "en")]
    public void Resolve_FindsTheServiceCode(string model, string azure)
    {
        Assert.Equal(azure, AzureLanguageCatalog.Resolve(Service, model));
    }

    [Fact]
    public void Resolve_ReturnsNull_WhenServiceLacksTheLanguage()
    {
        Assert.Null(AzureLanguageCatalog.Resolve(Service, "oc"));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("zh-Hant", "zh-tw")]
    [InlineData("fr-CA", "fr-ca")]
    [InlineData("nb", "nb")]
    public void ToModel_GivesTheModelCode(string azure, string model)
    {
        Assert.Equal(model, AzureLanguageCodes.ToModel(azure));
    }
}

using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class ApertiumModeTests
{
    [Theory]
    [InlineData("fr-es", "fr", "es", null)]
    [InlineData("spa-eng", "es", "en", null)]
    [InlineData("fra-cat", "fr", "ca", null)]
    [InlineData("spa-eng_US", "es", "en", "US")]
    [InlineData("eng-cat_valencia_uni_iec2017", "en", "ca", "valencia_uni_iec2017")]
    [InlineData("nno-nob", "nn", "nb", null)]
    public void FromName_MapsEngineCodesToModelCodes(string name, string source, string target, string? variant)
    {
        var mode = ApertiumMode.FromName(name);

        Assert.NotNull(mode);
        Assert.Equal(source, mode.Source);
        Assert.Equal(target, mode.Target);
        Assert.Equal(variant, mode.Variant);
        Assert.Equal(name, mode.Name);
    }

    [Theory]
    [InlineData("eco-fr-es")]
    [InlineData("fr-es-anmorph")]
    [InlineData("README")]
    [InlineData("fra-fr")]
    [InlineData("x-es")]
    public void FromName_ReturnsNull_WhenNotATranslationMode(string name)
    {
        Assert.Null(ApertiumMode.FromName(name));
    }

    [Fact]
    public void FromCodes_BuildsApyPair_FromListPairsCodes()
    {
        var mode = ApertiumMode.FromCodes("fra", "spa");

        Assert.NotNull(mode);
        Assert.Equal(("fr", "es"), (mode.Source, mode.Target));
        Assert.Equal("fra|spa", mode.ApyPair);
    }

    [Fact]
    public void IsNamed_MatchesVariantAcrossTwoAndThreeLetterSpellings()
    {
        var fromApy = ApertiumMode.FromCodes("spa", "eng_US")!;

        Assert.True(fromApy.IsNamed("spa-eng_US"));
        Assert.True(fromApy.IsNamed("es-en_US"));
        Assert.False(fromApy.IsNamed("spa-eng"));
    }
}

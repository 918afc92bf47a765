using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;
using TranslationDiff.Infrastructure.Translation.Memory;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class ApertiumOptionsValidatorTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddTranslationDiffInfrastructure(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public void Validate_AcceptsTheDefaults()
    {
        var result = new ApertiumOptionsValidator().Validate(null, new TranslationOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("ModesDirectory", "/usr/share/apertium", "Translation:Apertium:ModesDirectory")]
    [InlineData("Timeout", "-00:00:01", "Translation:Apertium:Timeout")]
    [InlineData("ApyUrl", "localhost:2737", "Translation:Apertium:ApyUrl")]
    [InlineData("ApyMaxRequestBytes", "100000", "Translation:Apertium:ApyMaxRequestBytes")]
    [InlineData("MaxHops", "0", "Translation:Apertium:MaxHops")]
    [InlineData("PreferredIntermediates", "es,c@t", "Translation:Apertium:PreferredIntermediates")]
    [InlineData("Variants", "valencia", "Translation:Apertium:Variants")]
    public void Options_FailNamingTheKey_WhenAValueIsInvalid(string key, string value, string expectedKey)
    {
        using var services = Build(new() { [$"Translation:Apertium:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TranslationOptions>>().Value);

        Assert.Contains(expectedKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BindFromConfiguration_OverTheDefaults()
    {
        using var services = Build(new()
        {
            ["Translation:Apertium:PreferredIntermediates"] = "ca",
            ["Translation:Apertium:Timeout"] = "00:00:30",
            ["Translation:Apertium:ApyUrl"] = "http://apy.internal:2737",
        });

        var options = services.GetRequiredService<IOptions<TranslationOptions>>().Value.Apertium;

        Assert.Equal(["ca"], options.PreferredIntermediateList());
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal("http://apy.internal:2737", options.ApyUrl);
        Assert.Equal("/usr/share/apertium/modes", options.ModesDirectory);
    }

    [Fact]
    public void AddTranslationDiffInfrastructure_RegistersBothApertiumEngines()
    {
        using var services = Build([]);

        var provider = services.GetRequiredService<ITranslatorProvider>();

        Assert.Contains("apertium", provider.Names);
        Assert.Contains("apertium-apy", provider.Names);
        // The provider puts every engine behind the translation memory (Translation/Memory).
        Assert.IsType<ApertiumCliTranslator>(Assert.IsAssignableFrom<CachingTranslator>(provider.Get("apertium")).Inner);
        Assert.IsType<ApertiumApyTranslator>(Assert.IsAssignableFrom<CachingTranslator>(provider.Get("apertium-apy")).Inner);
        Assert.Same(provider.Get(null), provider.Get("apertium"));
        Assert.All(services.GetServices<ITranslator>().Where(t => t.Name.StartsWith("apertium", StringComparison.Ordinal)), t => Assert.IsAssignableFrom<ILanguagePairCatalog>(t));
    }
}

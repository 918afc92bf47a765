using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TranslationDiff.Infrastructure.Translation;
using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureTranslatorOptionsTests
{
    [Fact]
    public void Bind_ReadsEnvironmentVariableStyleKeys()
    {
        var prefix = "TDTEST_" + Guid.NewGuid().ToString("N") + "_";
        var variables = new Dictionary<string, string>
        {
            ["Translation__Engine"] = "azure",
            ["Translation__Azure__Key"] = "secret-from-environment",
            ["Translation__Azure__Region"] = "francecentral",
            ["Translation__Azure__Endpoint"] = "https://api-eur.cognitive.microsofttranslator.com",
            ["Translation__Azure__CharactersPerMinute"] = "33300",
            ["Translation__Azure__RequestTimeout"] = "00:00:10",
        };
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(prefix + name, value);
            }

            var options = Resolve(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());

            Assert.Equal("azure", options.Engine);
            Assert.Equal("secret-from-environment", options.Azure.Key);
            Assert.Equal("francecentral", options.Azure.Region);
            Assert.Equal("https://api-eur.cognitive.microsofttranslator.com", options.Azure.Endpoint);
            Assert.Equal(33_300, options.Azure.CharactersPerMinute);
            Assert.Equal(TimeSpan.FromSeconds(10), options.Azure.RequestTimeout);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Fact]
    public void Bind_KeepsDocumentedDefaults_WhenNothingIsConfigured()
    {
        var options = Resolve(new ConfigurationBuilder().Build()).Azure;

        Assert.Equal(AzureTranslatorOptions.GlobalEndpoint, options.Endpoint);
        Assert.Equal(1_000, options.MaxElementsPerRequest);
        Assert.Equal(50_000, options.MaxCharactersPerRequest);
        Assert.Equal(50_000, options.MaxCharactersPerElement);
        Assert.Equal(0, options.CharactersPerMinute);
        Assert.False(options.HasKey);
    }

    [Fact]
    public void Validate_NamesTheKeyVariable_WhenAzureIsDefaultWithoutKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Translation:Engine"] = "azure" }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(configuration));

        Assert.Contains("Translation__Azure__Key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Endpoint", "not a url")]
    [InlineData("MaxElementsPerRequest", "0")]
    [InlineData("CharactersPerMinute", "-1")]
    [InlineData("RequestTimeout", "00:00:00")]
    public void Validate_RejectsBadValues(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Translation:Azure:" + key] = value }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(configuration));

        Assert.Contains("Translation:Azure:" + key, error.Message, StringComparison.Ordinal);
    }

    private static TranslationOptions Resolve(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddLogging().AddTranslationDiffInfrastructure(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<TranslationOptions>>().Value;
    }
}

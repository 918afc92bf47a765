using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Tests.Storage;

namespace TranslationDiff.Infrastructure.Tests.Translation;

/// <summary>Which engine gives the second opinion, by Translation:SecondOpinion (through AddTranslationDiffInfrastructure).</summary>
public sealed class SecondOpinionProviderTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    [Fact]
    public async Task GetSecondOpinion_GivesApertiumsOtherRoute_WhenAutoAndApertiumIsPrimary()
    {
        using var services = Services("apertium", "auto");
        var provider = services.GetRequiredService<ITranslatorProvider>();

        var second = provider.GetSecondOpinion(null);

        Assert.NotNull(second);
        Assert.Equal("apertium", second.Name);
        Assert.NotSame(provider.Get("apertium"), second);
        Assert.Same(second, provider.GetSecondOpinion("apertium"));
        var result = await second.TranslateAsync(new TranslationRequest("fr", "en", ["Le chef de l’État a parlé."]), CancellationToken.None);
        Assert.Equal("apertium:fr>ca>en", result.Route);
    }

    [Fact]
    public void GetSecondOpinion_GivesApertium_WhenAutoAndAzureIsPrimary()
    {
        using var services = Services("azure", "auto");

        Assert.Equal("apertium", services.GetRequiredService<ITranslatorProvider>().GetSecondOpinion(null)!.Name);
    }

    [Theory]
    [InlineData("apertium", "off")]
    [InlineData("none", "auto")]
    [InlineData("apertium", "no-such-engine")]
    public void GetSecondOpinion_GivesNone_WhenOffForTheIdentityOrUnknown(string engine, string setting)
    {
        using var services = Services(engine, setting);

        Assert.Null(services.GetRequiredService<ITranslatorProvider>().GetSecondOpinion(null));
    }

    [Fact]
    public void GetSecondOpinion_GivesTheNamedEngine_WhenOneIsConfigured()
    {
        using var services = Services("azure", "apertium-apy");

        Assert.Equal("apertium-apy", services.GetRequiredService<ITranslatorProvider>().GetSecondOpinion(null)!.Name);
    }

    public void Dispose() => _database.Dispose();

    private ServiceProvider Services(string engine, string secondOpinion)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _database.Options.ConnectionString,
            ["Translation:Engine"] = engine,
            ["Translation:SecondOpinion"] = secondOpinion,
            ["Translation:Memory:Enabled"] = "false",
            ["Translation:Azure:Key"] = "test-key-not-used",
            ["Translation:Azure:Region"] = "westeurope",
        }).Build();
        return new ServiceCollection().AddLogging().AddTranslationDiffInfrastructure(configuration).BuildServiceProvider();
    }
}

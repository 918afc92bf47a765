using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Diffing;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Infrastructure.Tests.Extraction;
using TranslationDiff.Infrastructure.Tests.Storage;
using TranslationDiff.TestKit.Azure;
using TranslationDiff.TestKit.Fakes;
using Xunit.Abstractions;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>
/// The demo set through the azure engine, wired as the applications wire it (configuration keys, memory,
/// results database), against the loopback server that speaks the Translator v3 wire format: what the
/// first run sends, and that the second run of unchanged editions sends nothing.
/// </summary>
public sealed class AzureDemoSetCostTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task DemoSet_SendsEachTextOnce_AndNothingOnTheSecondRun()
    {
        await using var server = await FakeAzureTranslatorServer.StartAsync();
        await using var services = Services(server.Endpoint);
        var request = new ComparisonRequest
        {
            Name = "korea-russia",
            PivotLanguage = "en",
            OriginalLanguage = "fr",
            Translator = "azure",
            Editions = new[] { "fr", "en", "es" }.Select(l => new EditionInput(l, SeedPageExtractionTests.Seeds("korea-russia", l + ".html"))).ToList(),
        };
        var pipeline = services.GetRequiredService<ComparisonPipeline>();

        var first = await pipeline.RunAsync(request, null, CancellationToken.None);
        var firstRequests = server.TranslateRequests.Count;
        var firstCharacters = server.TranslateRequests.Sum(r => r.Characters);
        var second = await pipeline.RunAsync(request, null, CancellationToken.None);

        output.WriteLine($"korea-russia through azure: run 1 sent {firstRequests} /translate requests, {firstCharacters} characters "
            + $"({server.Requests.Count(r => r.Path == "/languages")} /languages); run 2 sent {server.TranslateRequests.Count - firstRequests} requests.");
        Assert.True(first.Succeeded, string.Join("; ", first.Problems));
        Assert.True(second.Succeeded, string.Join("; ", second.Problems));
        Assert.Equal(2, firstRequests); // fr and es; the English edition is the pivot and is not sent
        Assert.Equal(first.Report!.Statistics.CharactersSent, firstCharacters);
        Assert.All(server.TranslateRequests, r => Assert.Equal("en", r.Query["to"]));
        Assert.Equal(firstRequests, server.TranslateRequests.Count);
        Assert.Equal(0, second.Report!.Statistics.CharactersSent);
        Assert.Equal("azure:fr>en", first.Report.Editions.Single(e => e.Language == "fr").TranslationRoute);
    }

    private ServiceProvider Services(Uri endpoint)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _database.Options.ConnectionString,
            ["Translation:SecondOpinion"] = "off",
            ["Translation:Engine"] = "azure",
            ["Translation:Azure:Endpoint"] = endpoint.ToString(),
            ["Translation:Azure:Key"] = "test-key",
            ["Translation:Azure:Region"] = "westeurope",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddTranslationDiffCore()
            .AddTranslationDiffInfrastructure(configuration);
        services.AddSingleton<IParagraphAligner, IndexAligner>();
        services.AddSingleton<Core.Detection.IEngineAttribution, SameTextAttribution>();
        services.AddSingleton<Core.Detection.IFindingFingerprinter, TextFingerprinter>();
        services.AddSingleton<IWordDiffer, EqualDiffer>();
        return services.BuildServiceProvider();
    }

    private sealed class EqualDiffer : IWordDiffer
    {
        public IReadOnlyList<DiffPiece> Diff(string reference, string other) => [new DiffPiece(DiffOperation.Inserted, other)];
    }
}

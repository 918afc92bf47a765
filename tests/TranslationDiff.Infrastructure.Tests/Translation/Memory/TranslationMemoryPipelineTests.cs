using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core;
using TranslationDiff.Core.Alignment;
using TranslationDiff.Core.Diffing;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Tests.Extraction;
using TranslationDiff.Infrastructure.Tests.Storage;
using TranslationDiff.TestKit.Fakes;
using Xunit.Abstractions;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>
/// The whole wiring: the pipeline compares the korea-russia seed pages twice through the registered services;
/// the second run of the unchanged editions sends nothing to the engine, and both runs are stored.
/// </summary>
public sealed class TranslationMemoryPipelineTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    [Fact]
    public async Task RunAsync_SendsNoCharacters_WhenUnchangedEditionsAreComparedAgain()
    {
        var engine = new DictionaryTranslator("fake")
            .Pair("fr", "en", ("la", "the"), ("Corée", "Korea"), ("du", "of"), ("Nord", "North"))
            .Pair("es", "en", ("la", "the"), ("Corea", "Korea"), ("del", "of"), ("Norte", "North"));
        using var services = Services(engine);
        var request = new ComparisonRequest
        {
            Name = "korea-russia",
            PivotLanguage = "en",
            OriginalLanguage = "fr",
            Editions = new[] { "fr", "en", "es" }.Select(l => new EditionInput(l, SeedPageExtractionTests.Seeds("korea-russia", l + ".html"))).ToList(),
        };

        var (first, firstUsage) = await RunAsync(services, request, "run-1");
        var charactersAfterFirst = engine.Characters;
        var (second, secondUsage) = await RunAsync(services, request, "run-2");

        output.WriteLine($"korea-russia (fr, es -> en): run 1 sent {first.Statistics.CharactersSent} characters in {first.Statistics.EngineCalls} calls "
            + $"({firstUsage.CacheMisses} texts); run 2 sent {second.Statistics.CharactersSent} characters in {second.Statistics.EngineCalls} calls "
            + $"({secondUsage.CacheHits} texts from the memory).");
        Assert.True(first.Statistics.CharactersSent > 0);
        Assert.Equal(charactersAfterFirst, first.Statistics.CharactersSent);
        Assert.Equal(0, second.Statistics.CharactersSent);
        Assert.Equal(0, second.Statistics.EngineCalls);
        Assert.Equal(charactersAfterFirst, engine.Characters);
        Assert.Equal(firstUsage.CacheMisses, secondUsage.CacheHits);
        Assert.Equal(0, secondUsage.CacheMisses);
        Assert.Equal(PivotTexts(first), PivotTexts(second));

        var store = services.GetRequiredService<IComparisonStore>();
        Assert.Equal(["run-2", "run-1"], (await store.ListRunsAsync("korea-russia", CancellationToken.None)).Select(r => r.Id).Order().Reverse());
        Assert.Equal(3, (await store.ListEditionVersionsAsync("korea-russia", CancellationToken.None)).Count);
        var stored = await store.GetReportAsync("run-2", CancellationToken.None);
        Assert.Equal(PivotTexts(second), PivotTexts(stored!));
    }

    public void Dispose() => _database.Dispose();

    private static async Task<(ComparisonReport Report, EngineUsage Usage)> RunAsync(ServiceProvider services, ComparisonRequest request, string runId)
    {
        using var scope = TranslationUsageScope.Begin(runId, request.Name);
        var outcome = await services.GetRequiredService<ComparisonPipeline>().RunAsync(request, null, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        var run = ComparisonRun.FromOutcome(runId, request, "fake", outcome, outcome.Report!.CreatedAt);
        await services.GetRequiredService<IComparisonStore>().SaveRunAsync(run, CancellationToken.None);
        var stored = await services.GetRequiredService<IEngineUsageStore>().ListAsync(runId, CancellationToken.None);
        Assert.Equal(scope.Snapshot().Select(u => u with { UpdatedAt = default }), stored.Select(u => u with { UpdatedAt = default }));
        return (outcome.Report, Assert.Single(stored));
    }

    private static List<string> PivotTexts(ComparisonReport report) =>
        report.Editions.SelectMany(e => e.Paragraphs.Select(p => $"{e.Language}: {p.PivotText}").Prepend($"{e.Language}: {e.PivotTitle} ({e.TranslationRoute})")).ToList();

    private ServiceProvider Services(DictionaryTranslator engine)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _database.Options.ConnectionString,
            ["Translation:SecondOpinion"] = "off",
            ["Translation:Engine"] = engine.Name,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddTranslationDiffCore()
            .AddTranslationDiffInfrastructure(configuration);
        services.AddSingleton<IParagraphAligner, IndexAligner>();
        services.AddSingleton<Core.Detection.IEngineAttribution, SameTextAttribution>();
        services.AddSingleton<Core.Detection.IFindingFingerprinter, TextFingerprinter>();
        services.AddSingleton<IWordDiffer, WholeTextDiffer>();
        services.AddSingleton<ITranslator>(engine);
        return services.BuildServiceProvider();
    }

    /// <summary>Equal or replaced as a whole: enough for a pipeline run; the real differ is tested in Analysis.</summary>
    private sealed class WholeTextDiffer : IWordDiffer
    {
        public IReadOnlyList<DiffPiece> Diff(string reference, string other) => reference == other
            ? [new DiffPiece(DiffOperation.Equal, reference)]
            : [new DiffPiece(DiffOperation.Deleted, reference), new DiffPiece(DiffOperation.Inserted, other)];
    }
}

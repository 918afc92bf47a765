using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Tests.Storage;
using TranslationDiff.Infrastructure.Translation.Apertium;
using TranslationDiff.Infrastructure.Translation.Memory;
using TranslationDiff.TestKit.Fakes;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>How the registered engines end up behind the memory (through AddTranslationDiffInfrastructure).</summary>
public sealed class CachingTranslatorFactoryTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    [Fact]
    public void Provider_PutsEveryEngineButNoneBehindTheMemory_WhenTheMemoryIsEnabled()
    {
        using var services = Services(new DictionaryTranslator("fake"), new CatalogTranslator());
        var provider = services.GetRequiredService<ITranslatorProvider>();

        Assert.IsType<CachingTranslator>(provider.Get("fake"));
        Assert.Equal("fake", provider.Get("fake")!.Name);
        Assert.IsType<IdentityTranslator>(provider.Get("none"));
        var catalog = Assert.IsAssignableFrom<ILanguagePairCatalog>(provider.Get("listing"));
        Assert.IsAssignableFrom<CachingTranslator>(catalog);
    }

    [Fact]
    public void Provider_LeavesEnginesAlone_WhenTheMemoryIsDisabled()
    {
        using var services = Services([new DictionaryTranslator("fake")], enabled: false);

        Assert.IsType<DictionaryTranslator>(services.GetRequiredService<ITranslatorProvider>().Get("fake"));
    }

    [Fact]
    public async Task Wrapped_ListsTheEnginesPairs_WhenTheEngineHasACatalog()
    {
        using var services = Services(new CatalogTranslator());

        var catalog = (ILanguagePairCatalog)services.GetRequiredService<ITranslatorProvider>().Get("listing")!;

        Assert.Equal([new LanguagePair("fr", "en")], await catalog.GetPairsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Wrapped_AnswersTheEnginesAvailability_WhenTheEngineChecksItself()
    {
        using var services = Services(new CatalogTranslator());

        var wrapped = services.GetRequiredService<ITranslatorProvider>().Get("listing")!;

        var availability = Assert.IsAssignableFrom<ITranslatorAvailability>(wrapped);
        Assert.Equal(new TranslatorAvailability(false, "program not installed"), await availability.CheckAsync(CancellationToken.None));
        Assert.IsAssignableFrom<ILanguagePairCatalog>(wrapped);
        Assert.False(services.GetRequiredService<ITranslatorProvider>().Get("fake") is ITranslatorAvailability);
    }

    [Fact]
    public async Task Wrapped_TranslatesUncached_WhenTheDatabaseCannotBeOpened()
    {
        var engine = new DictionaryTranslator("fake").Pair("fr", "en", ("chat", "cat"));
        var blocked = Path.Combine(Path.GetTempPath(), "td-blocked-" + Guid.NewGuid().ToString("N")[..12]);
        await File.WriteAllTextAsync(blocked, "a file where the database's folder should be");
        try
        {
            using var services = Services([engine], connectionString: $"Data Source={Path.Combine(blocked, "results.db")}");
            var memory = services.GetRequiredService<ITranslatorProvider>().Get("fake")!;

            var first = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["chat"]), CancellationToken.None);
            var second = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["chat"]), CancellationToken.None);

            Assert.Equal("cat", first.Texts[0].Text);
            Assert.Equal("cat", second.Texts[0].Text);
            Assert.Equal(2, engine.Calls);
        }
        finally
        {
            File.Delete(blocked);
        }
    }

    public void Dispose() => _database.Dispose();

    private ServiceProvider Services(params ITranslator[] engines) => Services(engines, true);

    private ServiceProvider Services(ITranslator engine) => Services([engine, new DictionaryTranslator("fake")], true);

    private ServiceProvider Services(ITranslator[] engines, bool enabled = true, string? connectionString = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString ?? _database.Options.ConnectionString,
            ["Translation:Memory:Enabled"] = enabled ? "true" : "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddTranslationDiffInfrastructure(configuration);
        foreach (var engine in engines)
        {
            services.AddSingleton(engine);
        }

        return services.BuildServiceProvider();
    }

    private sealed class CatalogTranslator : ITranslator, ILanguagePairCatalog, ITranslatorAvailability
    {
        public Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new TranslatorAvailability(false, "program not installed"));

        public string Name => "listing";

        public Task<IReadOnlyList<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<LanguagePair>>([new LanguagePair("fr", "en")]);

        public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new TranslationResult { Texts = request.Texts.Select(TranslatedText.Plain).ToList() });
    }
}

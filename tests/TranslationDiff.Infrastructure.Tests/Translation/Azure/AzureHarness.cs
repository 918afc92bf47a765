using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation.Azure;
using TranslationDiff.TestKit.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

/// <summary>
/// The azure engine as the application builds it (AddTranslationDiffInfrastructure over configuration), pointed at
/// a <see cref="FakeAzureTranslatorServer"/>, on a <see cref="SteppingTimeProvider"/>, with every log line captured.
/// </summary>
internal sealed class AzureHarness : IAsyncDisposable
{
    public const string Key = "test-key-0123456789abcdef";
    public const string Region = "westeurope";

    private readonly ServiceProvider _services;

    private AzureHarness(FakeAzureTranslatorServer server, SteppingTimeProvider clock, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Server = server;
        Clock = clock;
        _services = services;
        Logs = logs;
        Translator = services.GetServices<ITranslator>().Single(t => t.Name == "azure");
    }

    public FakeAzureTranslatorServer Server { get; }

    public SteppingTimeProvider Clock { get; }

    public ITranslator Translator { get; }

    public ILanguagePairCatalog Catalog => (ILanguagePairCatalog)Translator;

    public CapturingLoggerProvider Logs { get; }

    public AzureTranslatorOptions Options => _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TranslationDiff.Infrastructure.Translation.TranslationOptions>>().Value.Azure;

    /// <summary>Starts a fake server and the engine; <paramref name="settings"/> overrides Translation:Azure:* keys (null removes one).</summary>
    public static async Task<AzureHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, FakeAzureTranslatorOptions? fake = null)
    {
        var clock = new SteppingTimeProvider();
        var server = await FakeAzureTranslatorServer.StartAsync(fake ?? new FakeAzureTranslatorOptions { ExpectedKey = Key }, clock);
        var values = new Dictionary<string, string?>
        {
            ["Translation:Engine"] = "none",
            ["Translation:Azure:Endpoint"] = server.Endpoint.ToString(),
            ["Translation:Azure:Key"] = Key,
            ["Translation:Azure:Region"] = Region,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values["Translation:Azure:" + name] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddTranslationDiffInfrastructure(configuration)
            .BuildServiceProvider();
        return new AzureHarness(server, clock, services, logs);
    }

    /// <summary>Translates with the clock stepping through every backoff and pacing delay.</summary>
    public Task<TranslationResult> TranslateAsync(string source, string target, params string[] texts) =>
        Clock.RunAsync(Translator.TranslateAsync(new TranslationRequest(source, target, texts), CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// The "apertium-apy" engine: an Apertium APy HTTP service (<c>Translation:Apertium:ApyUrl</c>), with the same
/// routing, batching and mark handling as the local engine. One request per hop while an edition fits in
/// <c>ApyMaxRequestBytes</c>. The pair list is cached for five minutes. Registered always; unusable, with a
/// message naming the key, while no URL is configured.
/// </summary>
internal sealed class ApertiumApyTranslator(
    IHttpClientFactory httpClients, IOptions<TranslationOptions> options, TimeProvider clock, ILogger<ApertiumApyTranslator> logger)
    : ITranslator, ILanguagePairCatalog, ITranslatorAvailability, ITranslatorVersion, ISecondRouteSource
{
    /// <summary>Raise when the adapter's handling of text changes (batching, marks), so cached output is not reused.</summary>
    internal const string AdapterVersion = "apertium-apy-1";

    public const string EngineName = "apertium-apy";
    public const string HttpClientName = "apertium-apy";

    private const string NotConfigured =
        "No Apertium APy service is configured: set Translation:Apertium:ApyUrl (environment variable Translation__Apertium__ApyUrl), e.g. http://localhost:2737, or use --translator apertium.";

    private static readonly TimeSpan PairsLifetime = TimeSpan.FromMinutes(5);

    private PairsSnapshot? _pairs;

    public string Name => EngineName;

    /// <summary>True for the second-opinion instance, which takes the best route other than the usual one.</summary>
    internal bool SecondRoute { get; init; }

    public ITranslator AsSecondRoute() => new ApertiumApyTranslator(httpClients, options, clock, logger) { SecondRoute = true };

    private ApertiumOptions Options => options.Value.Apertium;

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ApertiumRequests.WithoutEngine(request) is { } answer)
        {
            return answer;
        }

        var (source, target) = ApertiumRequests.Languages(request);
        if (BaseUrl() is not { } baseUrl)
        {
            return TranslationResult.Failed(ApertiumProblems.EngineUnavailable, NotConfigured, "Translation:Apertium:ApyUrl");
        }

        var client = CreateClient();
        var (modes, problem) = await GetModesAsync(client, baseUrl, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new TranslationResult { Problem = problem, EngineCalls = 0 };
        }

        var finder = BuildFinder(modes);
        var route = SecondRoute ? finder.FindAlternative(source, target) : finder.Find(source, target);
        if (route is null)
        {
            return SecondRoute && finder.Find(source, target) is { } only
                ? ApertiumProblems.NoSecondRoute(Name, only, finder)
                : ApertiumProblems.NoRoute(Name, source, target, finder, Options.MaxHops, remote: true);
        }

        var translation = new RoutedTranslation(Name, (mode, input, ct) => client.TranslateAsync(baseUrl, mode, input, ct), Options.ApyMaxRequestBytes);
        var result = await translation.RunAsync(route, request.Texts, cancellationToken).ConfigureAwait(false);
        if (result.Problem?.Code == ApertiumProblems.EngineFailed)
        {
            _pairs = null;
        }

        logger.LogDebug(
            "APy translated {Count} texts {Language} via {Route}: {Calls} requests, {Characters} characters",
            request.Texts.Count, source, result.Route, result.EngineCalls, result.CharactersSent);
        return result;
    }

    public async Task<IReadOnlyList<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken)
    {
        if (BaseUrl() is not { } baseUrl)
        {
            return [];
        }

        var (modes, problem) = await GetModesAsync(CreateClient(), baseUrl, cancellationToken).ConfigureAwait(false);
        return problem is not null ? [] : BuildFinder(modes).AllRoutes().Select(r => r.ToLanguagePair()).ToList();
    }

    public async Task<TranslatorAvailability> CheckAsync(CancellationToken cancellationToken)
    {
        if (BaseUrl() is not { } baseUrl)
        {
            return new TranslatorAvailability(false, NotConfigured);
        }

        var (modes, problem) = await GetModesAsync(CreateClient(), baseUrl, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new TranslatorAvailability(false, problem.Message);
        }

        var used = BuildFinder(modes).Modes.Count;
        return used == 0
            ? new TranslatorAvailability(false, $"the APy service at {baseUrl} serves no translation pairs")
            : new TranslatorAvailability(true, string.Create(CultureInfo.InvariantCulture, $"APy at {baseUrl}, {used} of {modes.Count} pairs used"));
    }

    /// <summary>
    /// The adapter's version and the route's modes: the translation memory keeps the usual route's and the second
    /// route's output apart (the server's package versions are not visible through APy).
    /// </summary>
    public async ValueTask<string> GetVersionAsync(string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        if (BaseUrl() is not { } baseUrl)
        {
            return AdapterVersion;
        }

        var (modes, problem) = await GetModesAsync(CreateClient(), baseUrl, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return AdapterVersion;
        }

        var finder = BuildFinder(modes);
        var (source, target) = (LanguageTag.Normalize(sourceLanguage), LanguageTag.Normalize(targetLanguage));
        var route = SecondRoute ? finder.FindAlternative(source, target) : finder.Find(source, target);
        return route is null ? AdapterVersion : $"{AdapterVersion};{string.Join(';', route.Hops.Select(h => h.Name))}";
    }

    private Uri? BaseUrl() =>
        string.IsNullOrWhiteSpace(Options.ApyUrl) ? null : new Uri(Options.ApyUrl.TrimEnd('/') + "/", UriKind.Absolute);

    private ApyClient CreateClient()
    {
        var http = httpClients.CreateClient(HttpClientName);
        http.Timeout = Timeout.InfiniteTimeSpan;
        return new ApyClient(http, clock, Options.Timeout);
    }

    private RouteFinder BuildFinder(IReadOnlyList<ApertiumMode> modes) =>
        new(RouteFinder.SelectModes(modes, Options.VariantList()), Options.PreferredIntermediateList(), Options.MaxHops);

    private async Task<(IReadOnlyList<ApertiumMode> Modes, Problem? Problem)> GetModesAsync(ApyClient client, Uri baseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_pairs is { } cached && cached.Url == baseUrl && now - cached.At < PairsLifetime)
        {
            return (cached.Modes, null);
        }

        var (modes, problem) = await client.ListPairsAsync(baseUrl, cancellationToken).ConfigureAwait(false);
        if (problem is null)
        {
            _pairs = new PairsSnapshot(baseUrl, now, modes);
        }

        return (modes, problem);
    }

    private sealed record PairsSnapshot(Uri Url, DateTimeOffset At, IReadOnlyList<ApertiumMode> Modes);
}

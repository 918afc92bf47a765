using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>Against a real apertium-apy started by <see cref="ApyServerFixture"/> (Debian package apertium-apy).</summary>
public sealed class ApertiumApyTranslatorTests(ApyServerFixture apy) : IClassFixture<ApyServerFixture>, IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private ApertiumApyTranslator Apy(Action<ApertiumOptions>? configure = null) => new(
        _services.GetRequiredService<IHttpClientFactory>(),
        ApertiumTestSetup.Options(o => { o.ApyUrl = apy.BaseUrl.ToString(); configure?.Invoke(o); }),
        TimeProvider.System,
        NullLogger<ApertiumApyTranslator>.Instance);

    [Fact]
    public async Task TranslateAsync_RoutesFrenchThroughSpanish_OneRequestPerHop()
    {
        var result = await Apy().TranslateAsync(new TranslationRequest("fr", "en", ["La guerre a commencé il y a deux ans.", "Le président parle."]), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal("apertium-apy:fr>es>en", result.Route);
        Assert.Contains("war", result.Texts[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("president", result.Texts[1].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, result.EngineCalls);
    }

    [Fact]
    public async Task AsSecondRoute_TranslatesByTheOtherRoute_UnderAnotherMemoryVersion()
    {
        var primary = Apy();
        var second = primary.AsSecondRoute();

        var result = await second.TranslateAsync(new TranslationRequest("fr", "en", ["La guerre est finie."]), CancellationToken.None);
        var usual = await primary.GetVersionAsync("fr", "en", CancellationToken.None);
        var other = await ((ITranslatorVersion)second).GetVersionAsync("fr", "en", CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal("apertium-apy:fr>ca>en", result.Route);
        Assert.Equal("apertium-apy-1;fra-spa;spa-eng", usual);
        Assert.Equal("apertium-apy-1;fra-cat;cat-eng", other);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEveryParagraphInOrder_AndAgreesWithTheLocalEngine()
    {
        var texts = FrenchSamples.Tricky;
        var request = new TranslationRequest("fr", "en", texts);

        var viaApy = await Apy().TranslateAsync(request, CancellationToken.None);
        var local = await ApertiumTestSetup.Cli().TranslateAsync(request, CancellationToken.None);

        Assert.True(viaApy.Succeeded, viaApy.Problem?.ToString());
        Assert.Equal(texts.Length, viaApy.Texts.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(texts[i]))
            {
                Assert.Contains(FrenchSamples.Tag(i).ToString(CultureInfo.InvariantCulture), viaApy.Texts[i].Text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(local.Texts.Select(t => t.Text), viaApy.Texts.Select(t => t.Text));
        Assert.Equal(local.Texts.SelectMany(t => t.UnknownWords), viaApy.Texts.SelectMany(t => t.UnknownWords));
    }

    [Fact]
    public async Task TranslateAsync_CollectsUnknownWords_AndStripsTheirMarks()
    {
        var result = await Apy().TranslateAsync(new TranslationRequest("fr", "en", ["Les habitants de Kharkiv ont vu le zorglubien."]), CancellationToken.None);

        Assert.Equal(["Kharkiv", "zorglubien"], result.Texts[0].UnknownWords);
        Assert.DoesNotContain('*', result.Texts[0].Text);
    }

    [Fact]
    public async Task TranslateAsync_SplitsALongEditionIntoSeveralRequests_KeepingEveryParagraph()
    {
        var edition = FrenchSamples.Edition(120); // about 18 000 characters
        var result = await Apy(o => o.ApyMaxRequestBytes = 6_000).TranslateAsync(new TranslationRequest("fr", "es", edition), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.True(result.EngineCalls > 1);
        for (var i = 0; i < edition.Count; i++)
        {
            Assert.Contains((5000 + i).ToString(CultureInfo.InvariantCulture), result.Texts[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TranslateAsync_RecoversEveryParagraph_WhenApyDropsTheEndOfAnOversizedRequest()
    {
        // APy cuts a request into at most ten ~4 KB pieces and silently drops the rest; with the size limit
        // lifted past that, the missing end marks are noticed and the halves are sent again.
        var edition = FrenchSamples.Edition(400); // about 60 KB
        var result = await Apy(o => o.ApyMaxRequestBytes = 1_000_000).TranslateAsync(new TranslationRequest("fr", "es", edition), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.True(result.EngineCalls >= 3);
        for (var i = 0; i < edition.Count; i++)
        {
            Assert.Contains((5000 + i).ToString(CultureInfo.InvariantCulture), result.Texts[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TranslateAsync_ReturnsUnsupportedPair_ListingTheServersPairs()
    {
        var result = await Apy().TranslateAsync(new TranslationRequest("ko", "en", ["안녕하세요"]), CancellationToken.None);

        Assert.Equal("translate.unsupported-pair", result.Problem!.Code);
        Assert.True(result.Problem.Message.Contains("fr>es (fra-spa)", StringComparison.Ordinal), result.Problem.Message);
        Assert.Contains("APy server", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEngineUnavailable_NamingTheUrl_WhenNothingListens()
    {
        var url = $"http://127.0.0.1:{ApyServerFixture.FreePort().ToString(CultureInfo.InvariantCulture)}";
        var translator = Apy(o => o.ApyUrl = url);

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "es", ["La guerre"]), CancellationToken.None);

        Assert.Equal("translate.engine-unavailable", result.Problem!.Code);
        Assert.Contains(url, result.Problem.Message, StringComparison.Ordinal);
        Assert.False((await translator.CheckAsync(CancellationToken.None)).Usable);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEngineUnavailable_NamingTheKey_WhenNoUrlIsConfigured()
    {
        var translator = Apy(o => o.ApyUrl = null);

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "es", ["La guerre"]), CancellationToken.None);

        Assert.Equal("translate.engine-unavailable", result.Problem!.Code);
        Assert.Contains("Translation:Apertium:ApyUrl", result.Problem.Message, StringComparison.Ordinal);
        Assert.Empty(await translator.GetPairsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TranslateAsync_ReturnsTextsUnchanged_WhenLanguagesAreTheSame()
    {
        var result = await Apy().TranslateAsync(new TranslationRequest("en", "en-GB", ["War", ""]), CancellationToken.None);

        Assert.Equal(["War", ""], result.Texts.Select(t => t.Text));
        Assert.Equal(0, result.EngineCalls);
    }

    [Fact]
    public async Task GetPairsAsync_ListsTheServersDirectAndRoutedPairs()
    {
        var translator = Apy();

        var pairs = (await translator.GetPairsAsync(CancellationToken.None)).Select(p => p.ToString()).ToList();
        var availability = await translator.CheckAsync(CancellationToken.None);

        Assert.Contains("fr>es", pairs);
        Assert.Contains("fr>es>en", pairs);
        Assert.True(availability.Usable, availability.Detail);
        Assert.Contains(apy.BaseUrl.ToString(), availability.Detail, StringComparison.Ordinal);
    }
}

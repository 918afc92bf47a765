using TranslationDiff.Core.Translation;
using TranslationDiff.TestKit.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureTranslatorRetryTests
{
    [Fact]
    public async Task TranslateAsync_WaitsRetryAfter_WhenRateLimited()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.TooManyRequests(retryAfterSeconds: 7), times: 2);

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        var requests = azure.Server.TranslateRequests;
        Assert.Equal([429, 429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(7));
        Assert.True(requests[2].ReceivedAt - requests[1].ReceivedAt >= TimeSpan.FromSeconds(7));
        Assert.Equal(3, result.EngineCalls);
        Assert.Equal(3 * "Bonjour.".Length, result.CharactersSent);
    }

    [Fact]
    public async Task TranslateAsync_Succeeds_WhenServiceUnavailableOnce()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.ServiceUnavailable());

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal([503, 200], azure.Server.TranslateRequests.Select(r => r.Status));
        Assert.Contains(azure.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Reason=unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslateAsync_Retries_WhenRequestTimesOut()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["RequestTimeout"] = "00:00:20" });
        azure.Server.FailNext(FakeAzureFault.Hang());

        var work = azure.Translator.TranslateAsync(new TranslationRequest("fr", "en", ["Bonjour."]), CancellationToken.None);
        await azure.Server.WaitForRequestsAsync(2);
        azure.Clock.Advance(TimeSpan.FromSeconds(20));
        var result = await azure.Clock.RunAsync(work);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(2, azure.Server.TranslateRequests.Count);
        Assert.Equal(2, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_DoesNotRetry_WhenKeyIsRejected()
    {
        await using var azure = await AzureHarness.StartAsync(fake: new FakeAzureTranslatorOptions { ExpectedKey = "another-key" });

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-unauthorized", result.Problem?.Code);
        Assert.Contains("Translation__Azure__Key", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("Translation__Azure__Region", result.Problem.Message, StringComparison.Ordinal);
        Assert.Single(azure.Server.TranslateRequests);
        Assert.Equal(1, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_DoesNotRetry_WhenServiceRejectsTheLanguage()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.UnsupportedTarget());

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-unsupported-language", result.Problem?.Code);
        Assert.Contains("400036", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Single(azure.Server.TranslateRequests);
    }

    [Fact]
    public async Task TranslateAsync_RefetchesLanguages_AfterServiceRejectedTheLanguage()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.UnsupportedTarget());
        await azure.TranslateAsync("fr", "en", "Bonjour.");

        await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal(2, azure.Server.Requests.Count(r => r.Path == "/languages"));
    }

    [Fact]
    public async Task TranslateAsync_DoesNotRetry_WhenQuotaIsExceeded()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.QuotaExceeded());

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-quota-exceeded", result.Problem?.Code);
        Assert.Single(azure.Server.TranslateRequests);
    }

    [Fact]
    public async Task TranslateAsync_GivesUp_AfterMaxAttempts()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "4" });
        azure.Server.FailNext(FakeAzureFault.ServiceUnavailable(), times: 10);

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-unavailable", result.Problem?.Code);
        Assert.Contains("Gave up after 4 attempts", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(4, azure.Server.TranslateRequests.Count);
        Assert.Equal(4, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_BacksOffExponentially_WhenNoRetryAfterIsGiven()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "4", ["BaseDelay"] = "00:00:02" });
        azure.Server.FailNext(FakeAzureFault.InternalError(), times: 3);

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        var delays = azure.Clock.DelaysScheduled;
        Assert.Equal(3, delays.Count);
        for (var i = 0; i < delays.Count; i++)
        {
            var step = TimeSpan.FromSeconds(2 * Math.Pow(2, i));
            Assert.InRange(delays[i], step / 2, step);
        }
    }

    [Fact]
    public async Task TranslateAsync_Fails_WhenRetryAfterIsLongerThanAllowed()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxRetryAfter"] = "00:01:00" });
        azure.Server.FailNext(FakeAzureFault.TooManyRequests(retryAfterSeconds: 3600));

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-rate-limited", result.Problem?.Code);
        Assert.Contains("3600 s", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Single(azure.Server.TranslateRequests);
        Assert.Equal(TimeSpan.Zero, azure.Clock.Stepped);
    }

    [Fact]
    public async Task TranslateAsync_ReportsMalformedResponse_WhenBodyIsNotJson()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.MalformedJson());

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-malformed-response", result.Problem?.Code);
        Assert.Contains("not valid JSON", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Single(azure.Server.TranslateRequests);
    }

    [Fact]
    public async Task TranslateAsync_ReportsCostSoFar_WhenALaterBatchFails()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxElementsPerRequest"] = "1" });
        azure.Server.FailNext(FakeAzureFault.Slow(TimeSpan.Zero));
        azure.Server.FailNext(FakeAzureFault.QuotaExceeded());

        var result = await azure.TranslateAsync("fr", "en", "Un.", "Deux.");

        Assert.Equal("translate.azure-quota-exceeded", result.Problem?.Code);
        Assert.Equal(2, result.EngineCalls);
        Assert.Equal("Un.".Length + "Deux.".Length, result.CharactersSent);
    }

    [Fact]
    public async Task TranslateAsync_ReportsUnreachable_WhenNothingListens()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "2" });
        var closed = azure.Server.Endpoint;
        await azure.Server.DisposeAsync();

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.azure-unreachable", result.Problem?.Code);
        Assert.Contains(closed.Authority, result.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_RetriesLanguages_WhenListFailsOnce()
    {
        await using var azure = await AzureHarness.StartAsync();
        azure.Server.FailNext(FakeAzureFault.ServiceUnavailable().On("/languages"));

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal([503, 200], azure.Server.Requests.Where(r => r.Path == "/languages").Select(r => r.Status));
    }
}

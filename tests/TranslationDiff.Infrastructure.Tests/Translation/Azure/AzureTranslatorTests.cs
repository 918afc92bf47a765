using TranslationDiff.TestKit.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureTranslatorTests
{
    [Fact]
    public async Task TranslateAsync_ReturnsTranslationsInOrder_WithRouteAndCounts()
    {
        await using var azure = await AzureHarness.StartAsync();
        string[] texts = ["Le titre.", "Premier paragraphe. Deux phrases.", "Troisième."];

        var result = await azure.TranslateAsync("fr", "en", texts);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(texts.Select(t => "[en] " + t), result.Texts.Select(t => t.Text));
        Assert.Equal("azure:fr>en", result.Route);
        Assert.Equal(1, result.EngineCalls);
        Assert.Equal(texts.Sum(t => t.Length), result.CharactersSent);
        Assert.Equal(texts, azure.Server.TranslateRequests.Single().Texts);
    }

    [Fact]
    public async Task TranslateAsync_SendsKeyRegionTraceIdAndApiVersion()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxElementsPerRequest"] = "1" });

        await azure.TranslateAsync("fr", "en", "Un.", "Deux.");

        var requests = azure.Server.TranslateRequests;
        Assert.Equal(2, requests.Count);
        foreach (var request in requests)
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal(AzureHarness.Key, request.Header("Ocp-Apim-Subscription-Key"));
            Assert.Equal(AzureHarness.Region, request.Header("Ocp-Apim-Subscription-Region"));
            Assert.True(Guid.TryParse(request.Header("X-ClientTraceId"), out _));
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
            Assert.Equal("3.0", request.Query["api-version"]);
            Assert.Equal("fr", request.Query["from"]);
            Assert.Equal("en", request.Query["to"]);
            Assert.Equal("true", request.Query["includeSentenceLength"]);
            Assert.Equal(200, request.Status);
        }

        Assert.NotEqual(requests[0].Header("X-ClientTraceId"), requests[1].Header("X-ClientTraceId"));
        Assert.StartsWith("[{\"Text\":", requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_OmitsRegionHeader_WhenNoRegionIsConfigured()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["Region"] = null });

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Null(azure.Server.TranslateRequests.Single().Header("Ocp-Apim-Subscription-Region"));
    }

    [Fact]
    public async Task TranslateAsync_KeepsSentenceLengths_WhenServiceReportsThem()
    {
        await using var azure = await AzureHarness.StartAsync();
        const string text = "Une phrase. Une autre phrase! Et la fin?";

        var result = await azure.TranslateAsync("fr", "en", text);

        var translated = result.Texts.Single();
        var expected = FakeAzureSentences.Lengths(text).ToList();
        expected[0] += "[en] ".Length;
        Assert.Equal(expected, translated.SentenceLengths);
        Assert.Equal(translated.Text.Length, translated.SentenceLengths!.Sum());
    }

    [Fact]
    public async Task TranslateAsync_ChecksLanguagesBeforeSending_WhenSourceIsUnsupported()
    {
        await using var azure = await AzureHarness.StartAsync();

        var result = await azure.TranslateAsync("oc", "en", "Bonjorn a totes.");

        Assert.Equal("translate.unsupported-pair", result.Problem?.Code);
        Assert.Contains("'oc'", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Empty(azure.Server.TranslateRequests);
        Assert.Equal(0, result.CharactersSent);
        Assert.Equal("/languages", azure.Server.Requests.Single().Path);
        Assert.Equal("translation", azure.Server.Requests.Single().Query["scope"]);
    }

    [Theory]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("no", "nb")]
    [InlineData("fr-ch", "fr")]
    [InlineData("pt-br", "pt")]
    [InlineData("pt-PT", "pt-PT")]
    public async Task TranslateAsync_SendsAzureLanguageCode_WhenModelCodeDiffers(string model, string sent)
    {
        await using var azure = await AzureHarness.StartAsync();

        var result = await azure.TranslateAsync(model, "en", "Texte.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(sent, azure.Server.TranslateRequests.Single().Query["from"]);
    }

    [Fact]
    public async Task TranslateAsync_FetchesLanguagesOnce_ThenRevalidatesWithETag()
    {
        await using var azure = await AzureHarness.StartAsync();

        await azure.TranslateAsync("fr", "en", "Un.");
        await azure.TranslateAsync("es", "en", "Uno.");
        azure.Clock.Advance(TimeSpan.FromHours(25));
        await azure.TranslateAsync("de", "en", "Eins.");

        var languages = azure.Server.Requests.Where(r => r.Path == "/languages").ToList();
        Assert.Equal(2, languages.Count);
        Assert.Null(languages[0].Header("If-None-Match"));
        Assert.NotNull(languages[1].Header("If-None-Match"));
        Assert.Equal(304, languages[1].Status);
        Assert.Equal(3, azure.Server.TranslateRequests.Count);
    }

    [Fact]
    public async Task TranslateAsync_UsesRefreshedList_WhenLanguagesChanged()
    {
        await using var azure = await AzureHarness.StartAsync();
        await azure.TranslateAsync("fr", "en", "Un.");
        azure.Server.SetLanguages([.. azure.Server.Options.Languages, "oc"]);
        azure.Clock.Advance(TimeSpan.FromHours(25));

        var result = await azure.TranslateAsync("oc", "en", "Un.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(200, azure.Server.Requests.Last(r => r.Path == "/languages").Status);
    }

    [Fact]
    public async Task TranslateAsync_KeepsEndpointPath_WhenEndpointIsCustomDomain()
    {
        var fake = new FakeAzureTranslatorOptions { ExpectedKey = AzureHarness.Key, BasePath = "/translator/text/v3.0" };
        await using var azure = await AzureHarness.StartAsync(fake: fake);

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(["/languages", "/translate"], azure.Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEngineUnavailable_WhenNoKeyIsConfigured()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["Key"] = null });

        var result = await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.Equal("translate.engine-unavailable", result.Problem?.Code);
        Assert.Contains("Translation__Azure__Key", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Empty(azure.Server.Requests);
    }

    [Fact]
    public async Task TranslateAsync_SendsNothingForBlankTexts()
    {
        await using var azure = await AzureHarness.StartAsync();

        var result = await azure.TranslateAsync("fr", "en", "", "Texte.", "   ");

        Assert.Equal(["", "[en] Texte.", "   "], result.Texts.Select(t => t.Text));
        Assert.Equal(["Texte."], azure.Server.TranslateRequests.Single().Texts);
    }

    [Fact]
    public async Task TranslateAsync_MakesNoTranslateRequest_WhenThereAreNoTexts()
    {
        await using var azure = await AzureHarness.StartAsync();

        var result = await azure.TranslateAsync("fr", "en");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Texts);
        Assert.Empty(azure.Server.TranslateRequests);
    }

    [Fact]
    public async Task GetPairsAsync_ListsPairsInModelCodes()
    {
        await using var azure = await AzureHarness.StartAsync(fake: new FakeAzureTranslatorOptions { Languages = ["en", "fr", "zh-Hans"] });

        var pairs = await azure.Catalog.GetPairsAsync(CancellationToken.None);

        Assert.Equal(6, pairs.Count);
        Assert.Contains(pairs, p => p.Source == "zh" && p.Target == "en");
        Assert.DoesNotContain(pairs, p => p.Source == p.Target);
    }

    [Fact]
    public async Task TranslateAsync_NeverLogsTheKey()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "2" });
        azure.Server.FailNext(FakeAzureFault.ServiceUnavailable());

        await azure.TranslateAsync("fr", "en", "Bonjour.");

        Assert.NotEmpty(azure.Logs.Lines);
        Assert.Contains(azure.Logs.Lines, l => l.Contains("Ocp-Apim-Subscription-Key", StringComparison.Ordinal));
        Assert.DoesNotContain(azure.Logs.Lines, l => l.Contains(AzureHarness.Key, StringComparison.Ordinal));
    }
}

using System.Globalization;
using Xunit.Abstractions;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

/// <summary>
/// What a first run of a three-edition article costs against the fake service, translated the way the pipeline
/// calls engines (one request per non-pivot edition: the title and every paragraph). Prints the figures.
/// </summary>
public sealed class AzureTranslatorCostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TranslateAsync_SendsOneRequestPerEdition_ForAnArticleOfThreeEditions()
    {
        await using var azure = await AzureHarness.StartAsync();
        var editions = new[] { ("fr", SampleArticle.French), ("es", SampleArticle.Spanish) };

        long characters = 0;
        var calls = 0;
        foreach (var (language, (title, paragraphs)) in editions)
        {
            var texts = paragraphs.Prepend(title).ToArray();
            var result = await azure.TranslateAsync(language, "en", texts);
            Assert.True(result.Succeeded, result.Problem?.ToString());
            Assert.Equal(texts.Length, result.Texts.Count);
            Assert.Equal(texts.Sum(t => t.Length), result.CharactersSent);
            Assert.All(result.Texts, t => Assert.Equal(t.Text.Length, t.SentenceLengths!.Sum()));
            characters += result.CharactersSent;
            calls += result.EngineCalls;
        }

        var translate = azure.Server.TranslateRequests;
        Assert.Equal(editions.Length, translate.Count);
        Assert.Equal(characters, translate.Sum(r => r.Characters));
        Assert.Single(azure.Server.Requests, r => r.Path == "/languages");

        var pivot = SampleArticle.English.Paragraphs.Prepend(SampleArticle.English.Title).Sum(t => t.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"editions: 3 (en pivot, untranslated: {pivot} characters), paragraphs per edition: {SampleArticle.English.Paragraphs.Length} + title"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTTP requests: {azure.Server.Requests.Count} ({translate.Count} POST /translate, 1 GET /languages); EngineCalls: {calls}"));
        foreach (var request in translate)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  /translate from={request.Query["from"]}: {request.Texts.Count} elements, {request.Characters} characters, {request.Body.Length} body chars"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"characters sent (billable): {characters}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words: fr {Words(SampleArticle.French.Paragraphs)}, es {Words(SampleArticle.Spanish.Paragraphs)}, en {Words(SampleArticle.English.Paragraphs)}"));
    }

    private static int Words(IEnumerable<string> paragraphs) => paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}

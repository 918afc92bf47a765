using TranslationDiff.Infrastructure.Translation.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureTranslatorBatchingTests
{
    [Fact]
    public async Task TranslateAsync_PacksTextsIntoFewestRequests_WhenElementLimitIsReached()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxElementsPerRequest"] = "3" });
        var texts = Enumerable.Range(1, 7).Select(i => $"Paragraphe {i}.").ToArray();

        var result = await azure.TranslateAsync("fr", "en", texts);

        var requests = azure.Server.TranslateRequests;
        Assert.Equal([3, 3, 1], requests.Select(r => r.Texts.Count));
        Assert.Equal(texts, requests.SelectMany(r => r.Texts));
        Assert.Equal(texts.Select(t => "[en] " + t), result.Texts.Select(t => t.Text));
        Assert.Equal(3, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_PacksTextsIntoFewestRequests_WhenCharacterLimitIsReached()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxCharactersPerRequest"] = "100" });
        var texts = new[] { new string('a', 40) + ".", new string('b', 40) + ".", new string('c', 40) + ".", new string('d', 10) + "." };

        var result = await azure.TranslateAsync("fr", "en", texts);

        var requests = azure.Server.TranslateRequests;
        Assert.All(requests, r => Assert.True(r.Characters <= 100, $"{r.Characters} characters in one request"));
        Assert.Equal(2, requests.Count);
        Assert.Equal(texts, requests.SelectMany(r => r.Texts));
        Assert.Equal(texts.Sum(t => t.Length), result.CharactersSent);
    }

    [Fact]
    public async Task TranslateAsync_StaysWithinFakeServiceLimits_WhenArticleIsLarge()
    {
        var fake = new TestKit.Azure.FakeAzureTranslatorOptions { ExpectedKey = AzureHarness.Key, MaxRequestCharacters = 5_000, MaxElementCharacters = 5_000 };
        var settings = new Dictionary<string, string?> { ["MaxCharactersPerRequest"] = "5000", ["MaxCharactersPerElement"] = "5000" };
        await using var azure = await AzureHarness.StartAsync(settings, fake);
        var paragraph = string.Concat(Enumerable.Repeat("Une phrase d'un article assez long pour peser. ", 30));
        var texts = Enumerable.Repeat(paragraph, 12).Append(string.Concat(Enumerable.Repeat(paragraph, 5))).ToArray();

        var result = await azure.TranslateAsync("fr", "en", texts);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        var requests = azure.Server.TranslateRequests;
        Assert.All(requests, r => Assert.Equal(200, r.Status));
        Assert.All(requests, r => Assert.True(r.Characters <= 5_000));
        for (var i = 0; i + 1 < requests.Count; i++)
        {
            Assert.True(requests[i].Characters + requests[i + 1].Texts[0].Length > 5_000, $"requests {i} and {i + 1} could have been one");
        }

        var sent = requests.SelectMany(r => r.Texts).ToList();
        Assert.Equal(texts[..12], sent[..12]);
        Assert.True(sent.Count > 13, "the longest text was not split");
        Assert.Equal(texts[^1].TrimEnd(), string.Join(" ", sent[12..]));
    }

    [Fact]
    public async Task TranslateAsync_SplitsLongTextAtSentences_AndRejoinsIt()
    {
        await using var azure = await AzureHarness.StartAsync(new Dictionary<string, string?> { ["MaxCharactersPerElement"] = "60" });
        string[] sentences =
        [
            "La ville a ouvert une nouvelle ligne de tramway. ",
            "Elle relie la gare au campus en vingt minutes. ",
            "Les habitants du quartier nord attendaient ce projet. ",
            "Le maire a promis une seconde ligne.",
        ];
        var text = string.Concat(sentences);

        var result = await azure.TranslateAsync("fr", "en", "Titre.", text);

        var sent = azure.Server.TranslateRequests.SelectMany(r => r.Texts).ToList();
        Assert.Equal(["Titre.", .. sentences.Select(s => s.TrimEnd())], sent);
        var joined = result.Texts[1];
        Assert.Equal(string.Join(" ", sentences.Select(s => "[en] " + s.TrimEnd())), joined.Text);
        Assert.Equal(sentences.Length, joined.SentenceLengths!.Count);
        Assert.Equal(joined.Text.Length, joined.SentenceLengths.Sum());
        Assert.Equal(text.Length, result.CharactersSent + sentences.Length - 1 - "Titre.".Length);
    }

    [Fact]
    public void Plan_SplitsOnlyTextsLongerThanAnElement()
    {
        var plan = AzureTranslationPlan.Create(["Court.", "Une phrase. Une autre phrase. Et encore une."], maxElements: 10, maxCharactersPerRequest: 1000, maxCharactersPerElement: 20);

        Assert.Equal(4, plan.Pieces.Count);
        Assert.Equal(0, plan.Pieces[0].TextIndex);
        Assert.All(plan.Pieces.Skip(1), p => Assert.Equal(1, p.TextIndex));
        Assert.Single(plan.Batches);
    }

    [Fact]
    public void Assemble_AddsSeparatorToLastSentence_WhenPiecesAreRejoined()
    {
        var plan = AzureTranslationPlan.Create(["Un deux. Trois quatre."], maxElements: 10, maxCharactersPerRequest: 1000, maxCharactersPerElement: 13);
        var translated = new Dictionary<int, AzureTranslatedItem>
        {
            [0] = new("One two.", [8]),
            [1] = new("Three four.", [11]),
        };

        var result = plan.Assemble(translated).Single();

        Assert.Equal("One two. Three four.", result.Text);
        Assert.Equal([9, 11], result.SentenceLengths);
    }

    [Fact]
    public void Assemble_ReturnsNoSentenceLengths_WhenServiceSentNone()
    {
        var plan = AzureTranslationPlan.Create(["Un.", "Deux."], maxElements: 10, maxCharactersPerRequest: 1000, maxCharactersPerElement: 100);
        var translated = new Dictionary<int, AzureTranslatedItem> { [0] = new("One.", null), [1] = new("Two.", [4]) };

        var result = plan.Assemble(translated);

        Assert.Null(result[0].SentenceLengths);
        Assert.Equal([4], result[1].SentenceLengths);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Storage;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.Infrastructure.Tests.Storage;
using TranslationDiff.Infrastructure.Translation.Memory;
using TranslationDiff.TestKit.Fakes;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>
/// The translation memory in front of an engine, on each provider (subclasses). Every test uses an engine name
/// of its own, so tests sharing a PostgreSQL database do not see each other's entries.
/// </summary>
public abstract class CachingTranslatorTests
{
    private readonly ScriptedTranslator _engine = new("engine-" + Guid.NewGuid().ToString("N")[..8]);

    private protected abstract TestDatabase Database { get; }

    [Fact]
    public async Task TranslateAsync_SendsNothing_WhenTheSameTextsComeAgain()
    {
        var memory = Wrap(_engine);
        string[] texts = ["La guerre continue.", "Le chef parle.", "Séoul a réagi."];

        var first = await memory.TranslateAsync(new TranslationRequest("fr", "en", texts), CancellationToken.None);
        var second = await memory.TranslateAsync(new TranslationRequest("fr", "en", texts), CancellationToken.None);

        Assert.True(second.Succeeded);
        Assert.Equal(texts.Sum(t => t.Length), first.CharactersSent);
        Assert.Equal(0, second.CharactersSent);
        Assert.Equal(0, second.EngineCalls);
        Assert.Single(_engine.Requests);
        Assert.Equal(first.Texts.Select(t => t.Text), second.Texts.Select(t => t.Text));
        Assert.Equal(first.Route, second.Route);
    }

    [Fact]
    public async Task TranslateAsync_SendsOnlyTheMissesInOneCall_AndAnswersInRequestOrder()
    {
        var memory = Wrap(_engine);
        await memory.TranslateAsync(new TranslationRequest("fr", "en", ["un", "deux"]), CancellationToken.None);

        var result = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["trois", "un", "quatre", "deux"]), CancellationToken.None);

        Assert.Equal(2, _engine.Requests.Count);
        Assert.Equal(["trois", "quatre"], _engine.Requests[1]);
        Assert.Equal(new[] { "trois", "un", "quatre", "deux" }.Select(t => ScriptedTranslator.Expected(t, "en")), result.Texts.Select(t => t.Text));
        Assert.Equal("troisquatre".Length, result.CharactersSent);
        Assert.Equal(1, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_SendsARepeatedTextOnce_AndAnswersEachOccurrence()
    {
        var memory = Wrap(_engine);

        var result = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Oui.", "Non.", "Oui."]), CancellationToken.None);

        Assert.Equal(["Oui.", "Non."], Assert.Single(_engine.Requests));
        Assert.Equal(3, result.Texts.Count);
        Assert.Equal(result.Texts[0], result.Texts[2]);
    }

    [Fact]
    public async Task TranslateAsync_RemembersNothing_WhenTheEngineFails()
    {
        var memory = Wrap(_engine);
        _engine.FailWith = "translate.engine-down";

        var failed = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Bonjour."]), CancellationToken.None);
        _engine.FailWith = null;
        var retried = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Bonjour."]), CancellationToken.None);

        Assert.False(failed.Succeeded);
        Assert.Equal("translate.engine-down", failed.Problem!.Code);
        Assert.True(retried.Succeeded);
        Assert.Equal(2, _engine.Requests.Count);
        Assert.Equal("Bonjour.".Length, retried.CharactersSent);
        Assert.Equal(1, await CountEntriesAsync(_engine.Name));
    }

    [Fact]
    public async Task TranslateAsync_SendsAgain_WhenTheEngineVersionChanges()
    {
        var memory = Wrap(_engine);
        await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Le chef parle."]), CancellationToken.None);

        _engine.Version = "2.0";
        var afterUpgrade = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Le chef parle."]), CancellationToken.None);
        var again = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Le chef parle."]), CancellationToken.None);

        Assert.Equal("Le chef parle.".Length, afterUpgrade.CharactersSent);
        Assert.Equal(0, again.CharactersSent);
        Assert.Equal(2, _engine.Requests.Count);
        Assert.Equal(2, await CountEntriesAsync(_engine.Name));
    }

    [Fact]
    public async Task TranslateAsync_KeepsDirectionsApart_WhenTheSameTextGoesToAnotherLanguage()
    {
        var memory = Wrap(_engine);
        await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Paris"]), CancellationToken.None);

        var toSpanish = await memory.TranslateAsync(new TranslationRequest("FR", "es", ["Paris"]), CancellationToken.None);
        var upperCaseTag = await memory.TranslateAsync(new TranslationRequest("FR", "EN", ["Paris"]), CancellationToken.None);

        Assert.Equal(ScriptedTranslator.Expected("Paris", "es"), toSpanish.Texts[0].Text);
        Assert.Equal(0, upperCaseTag.CharactersSent);
        Assert.Equal(2, _engine.Requests.Count);
    }

    [Fact]
    public async Task TranslateAsync_TreatsLayoutWhiteSpaceAsOne_ButKeepsNoBreakSpaces()
    {
        var memory = Wrap(_engine);
        await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Il a dit : oui"]), CancellationToken.None);

        var layout = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["  Il a\n dit\t: oui \r\n"]), CancellationToken.None);
        var noBreak = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["Il a dit\u00A0: oui"]), CancellationToken.None);

        Assert.Equal(0, layout.CharactersSent);
        Assert.Equal(["Il a dit\u00A0: oui"], _engine.Requests[1]);
        Assert.Equal(2, _engine.Requests.Count);
        Assert.True(noBreak.CharactersSent > 0);
    }

    [Fact]
    public async Task TranslateAsync_TreatsComposedAndDecomposedAccentsAsOne()
    {
        var memory = Wrap(_engine);
        await memory.TranslateAsync(new TranslationRequest("fr", "en", ["\u00C9t\u00E9"]), CancellationToken.None);

        var decomposed = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["E\u0301te\u0301"]), CancellationToken.None);

        Assert.Equal(0, decomposed.CharactersSent);
        Assert.Single(_engine.Requests);
    }

    [Fact]
    public async Task TranslateAsync_AnswersUnknownWordsAndSentenceLengths_FromTheMemory()
    {
        _engine.Unknown.Add("Yoon");
        var memory = Wrap(_engine);
        var first = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["le président Yoon parle"]), CancellationToken.None);

        var second = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["le président Yoon parle"]), CancellationToken.None);

        Assert.Equal(0, second.CharactersSent);
        Assert.Equal(["Yoon"], second.Texts[0].UnknownWords);
        Assert.Equal(first.Texts[0].SentenceLengths, second.Texts[0].SentenceLengths);
    }

    [Fact]
    public async Task TranslateAsync_AnswersEmptyTextsWithoutTheEngine()
    {
        var memory = Wrap(_engine);

        var result = await memory.TranslateAsync(new TranslationRequest("fr", "en", ["", " \n", "Texte"]), CancellationToken.None);

        Assert.Equal(["Texte"], Assert.Single(_engine.Requests));
        Assert.Equal(["", "", ScriptedTranslator.Expected("Texte", "en")], result.Texts.Select(t => t.Text));
    }

    [Fact]
    public async Task TranslateAsync_RecordsUsagePerEngine_InTheRunOfTheScope()
    {
        var memory = Wrap(_engine);
        var runId = "run-" + Guid.NewGuid().ToString("N");
        using (var scope = TranslationUsageScope.Begin(runId, "korea-russia"))
        {
            await memory.TranslateAsync(new TranslationRequest("fr", "en", ["un", "deux"]), CancellationToken.None);
            await memory.TranslateAsync(new TranslationRequest("fr", "en", ["deux", "trois"]), CancellationToken.None);

            var inScope = Assert.Single(scope.Snapshot());
            Assert.Equal(new EngineUsage(runId, _engine.Name, 2, "undeuxtrois".Length, 1, 3) { ComparisonName = "korea-russia" }, inScope);
        }

        var database = Database.Open();
        var stored = Assert.Single(await new EfEngineUsageStore(database, new FixedTimeProvider()).ListAsync(runId, CancellationToken.None));
        Assert.Equal((2L, 11L, 1L, 3L, "korea-russia"), (stored.Requests, stored.CharactersSent, stored.CacheHits, stored.CacheMisses, stored.ComparisonName));
    }

    [Fact]
    public async Task AddUsage_CountsEveryRequest_WhenManyWritersAddToOneRunAtOnce()
    {
        var runId = "run-" + Guid.NewGuid().ToString("N");
        var store = new EfEngineUsageStore(Database.Open(), new FixedTimeProvider());

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.AddAsync(runId, "korea-russia", "apertium", 10, 1, 2, CancellationToken.None))));

        var stored = Assert.Single(await store.ListAsync(runId, CancellationToken.None));
        Assert.Equal((20L, 200L, 20L, 40L, "korea-russia"), (stored.Requests, stored.CharactersSent, stored.CacheHits, stored.CacheMisses, stored.ComparisonName));
    }

    [Fact]
    public async Task TranslateAsync_StoresOneRowPerText_WhenTwoWorkersTranslateTheSameTextsConcurrently()
    {
        var texts = Enumerable.Range(1, 40).Select(i => $"Paragraphe numéro {i}.").ToList();
        _engine.HoldUntil(2);
        var first = Wrap(_engine);
        var second = Wrap(_engine);

        var results = await Task.WhenAll(
            Task.Run(() => first.TranslateAsync(new TranslationRequest("fr", "en", texts), CancellationToken.None)),
            Task.Run(() => second.TranslateAsync(new TranslationRequest("fr", "en", texts), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.All(results, r => Assert.Equal(texts.Select(t => ScriptedTranslator.Expected(t, "en")), r.Texts.Select(t => t.Text)));
        Assert.Equal(2, _engine.Requests.Count);
        Assert.Equal(texts.Count, await CountEntriesAsync(_engine.Name));
        var third = await Wrap(_engine).TranslateAsync(new TranslationRequest("fr", "en", texts), CancellationToken.None);
        Assert.Equal(0, third.CharactersSent);
    }

    /// <summary>A decorator with its own handle on the database, as a separate worker would have.</summary>
    private protected CachingTranslator Wrap(ITranslator engine)
    {
        var database = Database.Open();
        var clock = new FixedTimeProvider();
        var factory = new CachingTranslatorFactory(
            Options.Create(new TranslationMemoryOptions()),
            new EfTranslationMemory(database, clock),
            new EfEngineUsageStore(database, clock),
            clock,
            NullLogger<CachingTranslator>.Instance);
        return Assert.IsAssignableFrom<CachingTranslator>(factory.Wrap(engine));
    }

    private async Task<int> CountEntriesAsync(string engine)
    {
        var database = Database.Open();
        await using var context = await database.OpenAsync(CancellationToken.None);
        return await context.TranslationMemory.CountAsync(e => e.Engine == engine);
    }
}

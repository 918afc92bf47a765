using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class RoutedTranslationTests
{
    private static readonly ApertiumRoute FrEsEn = new("fr", "en", [ApertiumMode.FromName("fr-es")!, ApertiumMode.FromName("spa-eng")!]);

    private static Task<Core.Translation.TranslationResult> Run(FakeEngine engine, IReadOnlyList<string> texts, int maxBatchBytes = int.MaxValue) =>
        new RoutedTranslation("fake", engine.CallAsync, maxBatchBytes).RunAsync(FrEsEn, texts, CancellationToken.None);

    [Fact]
    public async Task RunAsync_MakesOneCallPerHop_WhenTheEditionFitsInABatch()
    {
        var engine = new FakeEngine();
        var texts = Enumerable.Range(1, 50).Select(i => $"Paragraphe {i}.").ToList();

        var result = await Run(engine, texts);

        Assert.True(result.Succeeded);
        Assert.Equal(["fr-es", "spa-eng"], engine.Calls.Select(c => c.Mode));
        Assert.Equal(2, result.EngineCalls);
        Assert.Equal(engine.Calls.Sum(c => c.Input.Length), result.CharactersSent);
        Assert.Equal(texts, result.Texts.Select(t => t.Text));
        Assert.Equal("fake:fr>es>en", result.Route);
    }

    [Fact]
    public async Task RunAsync_ReturnsEmptyTextsWithoutCallingTheEngine()
    {
        var engine = new FakeEngine();

        var result = await Run(engine, ["", "  ", "\n"]);

        Assert.True(result.Succeeded);
        Assert.Equal(["", "", ""], result.Texts.Select(t => t.Text));
        Assert.Empty(engine.Calls);
        Assert.Equal(0, result.EngineCalls);
    }

    [Fact]
    public async Task RunAsync_KeepsEmptyTextsInPlace_AndSendsOnlyTheOthers()
    {
        var engine = new FakeEngine();

        var result = await Run(engine, ["Un", "", "Deux", " "]);

        Assert.Equal(["Un", "", "Deux", ""], result.Texts.Select(t => t.Text));
        Assert.All(engine.Calls, c => Assert.Equal(2, c.Input.Count(ch => ch == ParagraphBatch.EndMark)));
    }

    [Fact]
    public async Task RunAsync_SendsSeveralBatchesPerHop_WhenTheEditionExceedsTheLimit()
    {
        var engine = new FakeEngine();
        // Each text weighs 100 bytes with its end mark (92 + 1 + 7), so three fit in 300: batches of 3, 3, 3, 1.
        var texts = Enumerable.Range(0, 10).Select(i => new string('a', 92) + i).ToList();

        var result = await Run(engine, texts, maxBatchBytes: 300);

        Assert.True(result.Succeeded);
        Assert.Equal(texts, result.Texts.Select(t => t.Text));
        Assert.Equal(2 * 4, result.EngineCalls);
        Assert.All(engine.Calls, c => Assert.True(System.Text.Encoding.UTF8.GetByteCount(c.Input) <= 300));
    }

    [Fact]
    public async Task RunAsync_ResendsHalves_WhenTheEngineDropsTheEndOfABatch()
    {
        var engine = new FakeEngine { TruncateAfter = 120 };
        var texts = Enumerable.Range(1, 8).Select(i => $"Le paragraphe numéro {i} est ici.").ToList();

        var result = await Run(engine, texts);

        Assert.True(result.Succeeded);
        Assert.Equal(texts, result.Texts.Select(t => t.Text));
        Assert.True(result.EngineCalls > 2);
        Assert.Equal(engine.Calls.Count, result.EngineCalls);
    }

    [Fact]
    public async Task RunAsync_ReturnsProblem_WhenASingleTextStillComesBackCut()
    {
        var engine = new FakeEngine { TruncateAfter = 10 };

        var result = await Run(engine, ["Un texte bien plus long que dix caractères."]);

        Assert.False(result.Succeeded);
        Assert.Equal("translate.engine-output", result.Problem!.Code);
        Assert.Contains("fr-es", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StopsAtTheFailingHop_AndReportsItsProblem()
    {
        var engine = new FakeEngine { FailingMode = "spa-eng" };

        var result = await Run(engine, ["Un", "Deux"]);

        Assert.False(result.Succeeded);
        Assert.Equal("translate.engine-failed", result.Problem!.Code);
        Assert.Equal(2, result.EngineCalls);
        Assert.Empty(result.Texts);
    }

    [Fact]
    public async Task RunAsync_StripsMarksBeforeTheNextHop_AndCountsEachUnknownWordOnce()
    {
        var engine = new FakeEngine();

        var result = await Run(engine, ["Le zorglub et le zorgmonde, encore zorglub."]);

        Assert.DoesNotContain('*', engine.Calls[1].Input);
        Assert.Equal("Le zorglub et le zorgmonde, encore zorglub.", result.Texts[0].Text);
        Assert.Equal(["zorglub", "zorgmonde", "zorglub"], result.Texts[0].UnknownWords);
    }

    [Fact]
    public async Task RunAsync_RestoresTheSourcesOwnMarkCharacters()
    {
        var engine = new FakeEngine();

        var result = await Run(engine, ["#zorgtag et a@b.fr, 5*3"]);

        Assert.DoesNotContain('#', engine.Calls[0].Input);
        Assert.Equal("#zorgtag et a@b.fr, 5*3", result.Texts[0].Text);
        Assert.Equal(["zorgtag"], result.Texts[0].UnknownWords);
    }

    [Fact]
    public void MergeHops_AddsOnlyWordsALaterHopNewlyLeftUntranslated()
    {
        var merged = RoutedTranslation.MergeHops([["Kharkiv", "Kharkiv"], ["Kharkiv", "casa", "Kharkiv", "Kharkiv"]]);

        Assert.Equal(["Kharkiv", "Kharkiv", "casa", "Kharkiv"], merged);
    }
}

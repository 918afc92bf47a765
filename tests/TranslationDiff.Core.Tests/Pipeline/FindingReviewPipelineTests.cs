using Microsoft.Extensions.Logging.Abstractions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.TestKit.Fakes;

namespace TranslationDiff.Core.Tests.Pipeline;

/// <summary>The pipeline's review of findings: second opinion and attribution, dismissals, quality ranking.</summary>
public class FindingReviewPipelineTests
{
    private readonly FakePageFetcher _fetcher = new FakePageFetcher()
        .Add("fr.txt", "La guerre\nLa guerre continue.\nLe chef parle.")
        .Add("en.txt", "The war\nThe war goes on.\nThe head speaks.")
        .Add("es.txt", "La guerra\nLa guerra sigue.\nEl jefe habla.");

    private readonly DictionaryTranslator _primary = new DictionaryTranslator()
        .Pair("fr", "en", ("La", "The"), ("guerre", "war"), ("continue.", "goes on."), ("Le", "The"), ("chef", "head"), ("parle.", "speaks."))
        .Pair("es", "en", ("La", "The"), ("guerra", "war"), ("sigue.", "continues."), ("El", "The"), ("jefe", "boss"), ("habla.", "speaks."));

    private readonly DictionaryTranslator _second = new DictionaryTranslator("second")
        .Pair("fr", "en", ("La", "The"), ("guerre", "war"), ("continue.", "goes on."), ("Le", "The"), ("chef", "head"), ("parle.", "speaks."))
        .Pair("es", "en", ("La", "The"), ("guerra", "war"), ("sigue.", "goes on."), ("El", "The"), ("jefe", "head"), ("habla.", "speaks."));

    private readonly InMemoryDismissalStore _dismissals = new();

    [Fact]
    public async Task RunAsync_AttributesAFindingOnlyThePrimaryRouteShows_ToTheEngine()
    {
        var report = await RunAsync(new PivotWordDetector("boss"), new PivotWordDetector("war", Severity.Minor));

        var boss = Assert.Single(report.Findings, f => f.Text == "boss");
        Assert.Equal(FindingAttribution.Engine, boss.Attribution);
        Assert.All(report.Findings.Where(f => f.Text == "war"), f => Assert.Equal(FindingAttribution.Edition, f.Attribution));
        var es = report.Editions.Single(e => e.Language == "es");
        Assert.Equal("second:es>en", es.SecondRoute);
        Assert.Equal("The war goes on.", es.Paragraphs[0].SecondPivotText);
        Assert.Empty(es.Paragraphs[0].SecondUnknownWords!);
        Assert.Null(report.Editions.Single(e => e.Language == "en").SecondRoute);
        Assert.Equal(2, _second.Calls);
    }

    [Fact]
    public async Task RunAsync_NotesTheMissingSecondOpinion_AndStillReports_WhenTheSecondEngineLacksThePair()
    {
        var narrow = new DictionaryTranslator("narrow").Pair("fr", "en", ("La", "The"), ("guerre", "war"), ("continue.", "goes on."), ("Le", "The"), ("chef", "head"), ("parle.", "speaks."));

        var outcome = await Pipeline(new SingleTranslatorProvider(_primary) { Second = narrow }, new PivotWordDetector("boss")).RunAsync(Request(), null, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        var note = Assert.Single(outcome.Report!.Problems);
        Assert.Equal("second-opinion.unavailable", note.Code);
        Assert.Contains("es edition", note.Message, StringComparison.Ordinal);
        Assert.Equal("es.txt", note.Subject);
        Assert.Null(outcome.Report.Editions.Single(e => e.Language == "es").SecondRoute);
    }

    [Fact]
    public async Task RunAsync_StopsWithThePrimaryProblemOnly_WhenThePrimaryEngineFailsBesideTheSecondOpinion()
    {
        _fetcher.Add("de.txt", "Der Krieg\nDer Krieg geht weiter.");
        var request = Request() with { Editions = [new EditionInput("de", "de.txt"), new EditionInput("es", "es.txt")] };

        var outcome = await Pipeline(Provider(), new PivotWordDetector("boss")).RunAsync(request, null, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal("translate.unsupported-pair", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task RunAsync_ReportsAndGoesOn_WhenTheSecondOpinionThrows()
    {
        var outcome = await Pipeline(new SingleTranslatorProvider(_primary) { Second = new ThrowingTranslator() }, new PivotWordDetector("boss")).RunAsync(Request(), null, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        var note = Assert.Single(outcome.Report!.Problems);
        Assert.Equal("second-opinion.unavailable", note.Code);
        Assert.Contains("engine down", note.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(outcome.Report.Findings).Attribution);
    }

    [Fact]
    public async Task RunAsync_TranslatesOnce_WhenTheRequestTurnsTheSecondOpinionOff()
    {
        var report = (await Pipeline(Provider(), new PivotWordDetector("boss")).RunAsync(Request() with { SecondOpinion = false }, null, CancellationToken.None)).Report!;

        Assert.Equal(0, _second.Calls);
        Assert.Null(Assert.Single(report.Findings).Attribution);
    }

    [Fact]
    public async Task RunAsync_LeavesOutDismissedFindings_AndCountsThem()
    {
        await _dismissals.DismissAsync(new Dismissal("pivot-word|es|war", "pivot-word", "es", "war", "fine", "test", DateTimeOffset.UnixEpoch), CancellationToken.None);

        var report = await RunAsync(new PivotWordDetector("war", Severity.Minor));

        Assert.Equal(1, report.DismissedFindings);
        Assert.DoesNotContain(report.Findings, f => f.Language == "es");
        Assert.All(report.Findings, f => Assert.Equal($"pivot-word|{f.Language}|war", f.Fingerprint));
        Assert.Equal(2, report.Findings.Count);
    }

    [Fact]
    public async Task RunAsync_KeepsEveryFinding_AndSaysSo_WhenTheDismissalsCannotBeRead()
    {
        _dismissals.Broken = true;

        var outcome = await Pipeline(Provider(), new PivotWordDetector("war", Severity.Minor)).RunAsync(Request(), null, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal(3, outcome.Report!.Findings.Count);
        Assert.Contains(outcome.Report.Problems, p => p.Code == "review.dismissals-unreadable");
    }

    [Fact]
    public async Task RunAsync_RanksEditionsWorstFirstPerThousandWords_WithoutCountingEngineArtifacts()
    {
        var report = await RunAsync(new PivotWordDetector("boss", Severity.Critical), new PivotWordDetector("head"));

        Assert.Equal(["fr", "en", "es"], report.Quality.Select(q => q.Language));
        var es = report.Quality.Single(q => q.Language == "es");
        Assert.Equal(0, es.Critical);
        Assert.Equal(0, es.Penalty);
        var en = report.Quality.Single(q => q.Language == "en");
        Assert.Equal(5, en.Penalty);
        Assert.Equal(Math.Round(5000.0 / report.Editions.Single(e => e.Language == "en").WordCount, 2), en.PenaltyPerThousandWords);
    }

    private async Task<ComparisonReport> RunAsync(params IArtifactDetector[] detectors)
    {
        var outcome = await Pipeline(Provider(), detectors).RunAsync(Request(), null, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        return outcome.Report!;
    }

    private SingleTranslatorProvider Provider() => new(_primary) { Second = _second };

    private static ComparisonRequest Request() => new()
    {
        Name = "review",
        Editions = [new EditionInput("fr", "fr.txt"), new EditionInput("en", "en.txt"), new EditionInput("es", "es.txt")],
        PivotLanguage = "en",
        OriginalLanguage = "fr",
    };

    private ComparisonPipeline Pipeline(ITranslatorProvider provider, params IArtifactDetector[] detectors) => new(
        _fetcher,
        new LineExtractor(),
        provider,
        new IndexAligner(),
        new NoDiffer(),
        new DetectorRunner(detectors),
        new FindingReview(new SameTextAttribution(), new TextFingerprinter(), _dismissals, NullLogger<FindingReview>.Instance),
        new Core.Translation.NoLexicon(),
        new FixedTimeProvider(),
        NullLogger<ComparisonPipeline>.Instance);

    private sealed class ThrowingTranslator : Core.Translation.ITranslator
    {
        public string Name => "broken";

        public Task<Core.Translation.TranslationResult> TranslateAsync(Core.Translation.TranslationRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("engine down");
    }

    private sealed class NoDiffer : Core.Diffing.IWordDiffer
    {
        public IReadOnlyList<DiffPiece> Diff(string reference, string other) => [];
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Diffing;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;
using TranslationDiff.TestKit.Fakes;

namespace TranslationDiff.Core.Tests.Pipeline;

public class ComparisonPipelineTests
{
    private readonly FakePageFetcher _fetcher = new FakePageFetcher()
        .Add("fr.txt", "La guerre\nLa guerre continue.\nLe chef parle.")
        .Add("en.txt", "The war\nThe war goes on.\nThe head speaks.")
        .Add("es.txt", "La guerra\nLa guerra sigue.\nEl jefe habla.");

    private readonly DictionaryTranslator _translator = new DictionaryTranslator()
        .Pair("fr", "en", ("La", "The"), ("guerre", "war"), ("continue.", "goes on."), ("Le", "The"), ("chef", "head"), ("parle.", "speaks."))
        .Pair("es", "en", ("La", "The"), ("guerra", "war"), ("sigue.", "continues."), ("El", "The"), ("jefe", "boss"), ("habla.", "speaks."));

    [Fact]
    public async Task RunAsync_TranslatesEveryEditionIntoThePivot_WhenEnginesServeThePairs()
    {
        var outcome = await Pipeline().RunAsync(Request(), null, CancellationToken.None);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        var report = outcome.Report!;
        Assert.Equal("fr", report.ReferenceLanguage);
        var es = report.Editions.Single(e => e.Language == "es");
        Assert.Equal("The war continues.", es.Paragraphs[0].PivotText);
        Assert.Equal("The war", es.PivotTitle);
        var en = report.Editions.Single(e => e.Language == "en");
        Assert.Equal("identity", en.TranslationRoute);
        Assert.Equal(en.Paragraphs[1].Text, en.Paragraphs[1].PivotText);
        Assert.Equal(2, _translator.Calls);
        Assert.Equal(2, report.Statistics.EngineCalls);
    }

    [Fact]
    public async Task RunAsync_AsksTheDictionaryOnlyAboutThePivotEdition_WhenOneIsInstalled()
    {
        var lexicon = new WordListLexicon("en", "The", "war", "goes", "on", "head", "speaks");

        var report = (await Pipeline(lexicon).RunAsync(Request(), null, CancellationToken.None)).Report!;

        Assert.Equal(["en"], lexicon.Languages);
        var en = report.Editions.Single(e => e.Language == "en");
        Assert.Empty(en.Paragraphs[0].UnknownWords);
        Assert.Empty(en.Paragraphs[1].UnknownWords);
        Assert.Empty(report.Editions.Single(e => e.Language == "es").Paragraphs.SelectMany(p => p.UnknownWords));
    }

    [Fact]
    public async Task RunAsync_KeepsAnEnginesUnknownWordOnlyWhenTheLanguagesDictionariesLackItToo()
    {
        var translator = new DictionaryTranslator { ReportsUnknownWords = true }
            .Pair("fr", "en", ("La", "The"), ("guerre", "war"), ("continue.", "goes on."), ("Le", "The"), ("parle.", "speaks."))
            .Pair("es", "en", ("La", "The"), ("guerra", "war"), ("sigue.", "continues."), ("El", "The"), ("habla.", "speaks."));
        var lexicon = new WordListLexicon("fr", "La", "guerre", "continue", "Le", "chef", "parle");
        var pipeline = Pipeline(new SingleTranslatorProvider(translator), new InMemoryDismissalStore(), [], lexicon);

        var report = (await pipeline.RunAsync(Request(), null, CancellationToken.None)).Report!;

        Assert.Contains("fr", lexicon.Languages);
        var fr = report.Editions.Single(e => e.Language == "fr").Paragraphs[1];
        Assert.Equal(["chef"], fr.UnknownWords);
        Assert.Empty(fr.UnknownToLanguage!);
        var es = report.Editions.Single(e => e.Language == "es").Paragraphs[1];
        Assert.Equal(["jefe"], es.UnknownWords);
        Assert.Null(es.UnknownToLanguage);
    }

    [Fact]
    public async Task RunAsync_MarksPivotEditionWordsUnknown_WhenTheDictionaryLacksThem()
    {
        var lexicon = new WordListLexicon("en", "The", "war", "goes", "on");

        var report = (await Pipeline(lexicon).RunAsync(Request(), null, CancellationToken.None)).Report!;

        var en = report.Editions.Single(e => e.Language == "en");
        Assert.Equal(["head", "speaks"], en.Paragraphs[1].UnknownWords);
    }

    [Fact]
    public async Task RunAsync_AsksTheDictionaryWhichPiecesOfUnknownWordsAreWords()
    {
        // "speaks" is unknown; its piece "peaks" (less the first letter) is known: the evidence a glue check reads.
        var lexicon = new WordListLexicon("en", "The", "war", "goes", "on", "peaks");

        var report = (await Pipeline(lexicon).RunAsync(Request(), null, CancellationToken.None)).Report!;

        var en = report.Editions.Single(e => e.Language == "en");
        Assert.Equal(["head", "speaks"], en.Paragraphs[1].UnknownWords);
        Assert.Equal(["peaks"], en.Paragraphs[1].KnownParts);
        Assert.Empty(en.Paragraphs[0].KnownParts!);
        Assert.Null(report.Editions.Single(e => e.Language == "es").Paragraphs[1].KnownParts);
    }

    [Fact]
    public async Task RunAsync_AsksAnEditionsOwnDictionaryAboutPiecesOfTheEnginesUnknownWords()
    {
        var translator = new DictionaryTranslator { ReportsUnknownWords = true }
            .Pair("fr", "en", ("La", "The"), ("guerre", "war"), ("continue.", "goes on."), ("Le", "The"), ("parle.", "speaks."))
            .Pair("es", "en", ("La", "The"), ("guerra", "war"), ("sigue.", "continues."), ("El", "The"), ("habla.", "speaks."));
        var lexicon = new WordListLexicon("fr", "La", "guerre", "continue", "Le", "parle", "ef");
        var pipeline = Pipeline(new SingleTranslatorProvider(translator), new InMemoryDismissalStore(), [], lexicon);

        var report = (await pipeline.RunAsync(Request(), null, CancellationToken.None)).Report!;

        var fr = report.Editions.Single(e => e.Language == "fr").Paragraphs[1];
        Assert.Equal(["chef"], fr.UnknownToLanguage);
        Assert.Equal(["ef"], fr.KnownParts);
        Assert.Null(report.Editions.Single(e => e.Language == "es").Paragraphs[1].KnownParts);
    }

    [Fact]
    public async Task RunAsync_DiffsEachEditionAgainstTheReference_PerGroup()
    {
        var report = (await Pipeline().RunAsync(Request(), null, CancellationToken.None)).Report!;

        var diff = report.Diffs.Single(d => d.GroupId == "g2" && d.Language == "es");
        Assert.Equal("fr", diff.ReferenceLanguage);
        Assert.Contains(diff.Pieces, p => p.Operation == DiffOperation.Deleted && p.Text.Contains("head", StringComparison.Ordinal));
        Assert.Contains(diff.Pieces, p => p.Operation == DiffOperation.Inserted && p.Text.Contains("boss", StringComparison.Ordinal));
        Assert.Equal(1.0, report.Diffs.Single(d => d.GroupId == "g2" && d.Language == "en").Similarity);
    }

    [Fact]
    public async Task RunAsync_ReturnsProblemsAndNoReport_WhenAnEditionCannotBeFetched()
    {
        var request = Request() with { Editions = [new EditionInput("fr", "fr.txt"), new EditionInput("de", "missing.txt")] };

        var outcome = await Pipeline().RunAsync(request, null, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("fetch.not-found", problem.Code);
        Assert.Equal("missing.txt", problem.Subject);
    }

    [Fact]
    public async Task RunAsync_ReportsTheUnsupportedPair_WhenNoEngineServesIt()
    {
        _fetcher.Add("de.txt", "Der Krieg\nDer Krieg geht weiter.");
        var request = Request() with { Editions = [new EditionInput("fr", "fr.txt"), new EditionInput("de", "de.txt")] };

        var outcome = await Pipeline().RunAsync(request, null, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal("translate.unsupported-pair", Assert.Single(outcome.Problems).Code);
    }

    [Theory]
    [InlineData("x", "input.bad-language")]
    [InlineData("en", null)]
    public async Task RunAsync_ValidatesThePivot_BeforeFetching(string pivot, string? expectedCode)
    {
        var outcome = await Pipeline().RunAsync(Request() with { PivotLanguage = pivot }, null, CancellationToken.None);

        if (expectedCode is null)
        {
            Assert.True(outcome.Succeeded);
        }
        else
        {
            Assert.Equal(expectedCode, Assert.Single(outcome.Problems).Code);
            Assert.Empty(_fetcher.Requested);
        }
    }

    [Fact]
    public async Task RunAsync_RefusesDuplicateLanguagesAndUnknownEngines()
    {
        var request = Request() with
        {
            Editions = [new EditionInput("fr", "fr.txt"), new EditionInput("FR", "en.txt")],
            Translator = "nope",
        };

        var outcome = await Pipeline().RunAsync(request, null, CancellationToken.None);

        Assert.Contains(outcome.Problems, p => p.Code == "input.duplicate-language");
        Assert.Contains(outcome.Problems, p => p.Code == "input.unknown-translator" && p.Message.Contains("fake", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_IsolatesAFailingCheck_AndStillReports()
    {
        var outcome = await Pipeline(new ThrowingDetector()).RunAsync(Request(), null, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal("detect.check-failed", Assert.Single(outcome.Report!.Problems).Code);
    }

    [Fact]
    public async Task RunAsync_ReportsProgressForEveryStage()
    {
        var stages = new List<string>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        await Pipeline().RunAsync(Request(), progress, CancellationToken.None);

        Assert.Equal(["fetch", "fetch", "fetch", "translate", "translate", "translate", "align", "diff", "detect", "done"], stages);
    }

    [Fact]
    public void ChooseReference_PrefersOriginalThenPivotThenLongest()
    {
        Edition E(string language, string text) => new() { Language = language, Url = language, Paragraphs = [new Paragraph { Text = text }] };
        var editions = new[] { E("de", "eins zwei drei vier"), E("fr", "un deux"), E("en", "one") };

        Assert.Equal("fr", ComparisonPipeline.ChooseReference(editions, "fr", "en"));
        Assert.Equal("en", ComparisonPipeline.ChooseReference(editions, "it", "en"));
        Assert.Equal("de", ComparisonPipeline.ChooseReference(editions, null, "es"));
    }

    private static ComparisonRequest Request() => new()
    {
        Name = "test",
        Editions = [new EditionInput("fr", "fr.txt"), new EditionInput("en", "en.txt"), new EditionInput("es", "es.txt")],
        PivotLanguage = "en",
        OriginalLanguage = "fr",
    };

    private ComparisonPipeline Pipeline(params IArtifactDetector[] detectors) =>
        Pipeline(new SingleTranslatorProvider(_translator), new InMemoryDismissalStore(), detectors);

    private ComparisonPipeline Pipeline(ILexicon lexicon) =>
        Pipeline(new SingleTranslatorProvider(_translator), new InMemoryDismissalStore(), [], lexicon);

    private ComparisonPipeline Pipeline(ITranslatorProvider provider, InMemoryDismissalStore dismissals, IArtifactDetector[] detectors, ILexicon? lexicon = null) => new(
        _fetcher,
        new LineExtractor(),
        provider,
        new IndexAligner(),
        new WordSplitDiffer(),
        new DetectorRunner(detectors),
        new FindingReview(new SameTextAttribution(), new TextFingerprinter(), dismissals, NullLogger<FindingReview>.Instance),
        lexicon ?? new NoLexicon(),
        new FixedTimeProvider(),
        NullLogger<ComparisonPipeline>.Instance);

    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report(value);
    }

    /// <summary>A naive differ (whole words, positional) so that Core is tested without Analysis.</summary>
    private sealed class WordSplitDiffer : IWordDiffer
    {
        public IReadOnlyList<DiffPiece> Diff(string reference, string other)
        {
            var a = reference.Split(' ');
            var b = other.Split(' ');
            var pieces = new List<DiffPiece>();
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                var x = i < a.Length ? a[i] : null;
                var y = i < b.Length ? b[i] : null;
                if (x == y)
                {
                    pieces.Add(new DiffPiece(DiffOperation.Equal, x + " "));
                    continue;
                }

                if (x is not null)
                {
                    pieces.Add(new DiffPiece(DiffOperation.Deleted, x + " "));
                }

                if (y is not null)
                {
                    pieces.Add(new DiffPiece(DiffOperation.Inserted, y + " "));
                }
            }

            return pieces;
        }
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.TestKit.Builders;
using TranslationDiff.TestKit.Fakes;

namespace TranslationDiff.Infrastructure.Tests.Storage;

/// <summary>
/// The comparison store and the schema, on each provider (subclasses). Every test uses comparison names and run
/// ids of its own, so tests sharing a PostgreSQL database do not see each other's rows.
/// </summary>
public abstract class ComparisonStoreTests
{
    private readonly string _name = "cmp-" + Guid.NewGuid().ToString("N")[..8];

    private protected abstract TestDatabase Database { get; }

    [Fact]
    public async Task Migrations_LeaveTheSchemaMatchingTheModel_WhenTheDatabaseIsNew()
    {
        var database = Database.Open();
        await using var context = await database.OpenAsync(CancellationToken.None);

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes no migration holds: add one (see Storage/README.md).");
    }

    [Fact]
    public async Task GetReportAsync_ReturnsTheSavedReport_WithEveryPart()
    {
        var store = Store();
        var report = Report(_name, "texte original");
        report.Statistics.CharactersSent = 1234;
        report.Statistics.StageMilliseconds["translate"] = 42;

        await store.SaveRunAsync(Run("r1-" + _name, report), CancellationToken.None);
        var loaded = await Store().GetReportAsync("r1-" + _name, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(report.Name, loaded.Name);
        Assert.Equal(report.CreatedAt, loaded.CreatedAt);
        Assert.Equal(report.Editions.Select(e => (e.Language, e.Url, e.Title, e.ContentHash)), loaded.Editions.Select(e => (e.Language, e.Url, e.Title, e.ContentHash)));
        Assert.Equal(report.Editions[0].Paragraphs[0].PivotText, loaded.Editions[0].Paragraphs[0].PivotText);
        Assert.Equal([0], loaded.Groups[0].For("fr"));
        Assert.Equal(report.Diffs[0].Pieces, loaded.Diffs[0].Pieces);
        Assert.Equal(Severity.Major, loaded.Findings[0].Severity);
        Assert.Equal(report.Findings[0].Evidence["fr"], loaded.Findings[0].Evidence["fr"]);
        Assert.Equal(1234, loaded.Statistics.CharactersSent);
        Assert.Equal(42, loaded.Statistics.StageMilliseconds["translate"]);
    }

    [Fact]
    public async Task ListLatestRunsAsync_GivesTheNewestRunOfEachComparison()
    {
        var other = _name + "-other";
        var start = new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);
        await Store().SaveRunAsync(Run("old-" + _name, Report(_name, "v1", start)), CancellationToken.None);
        await Store().SaveRunAsync(Run("new-" + _name, Report(_name, "v2", start.AddDays(1))), CancellationToken.None);
        await Store().SaveRunAsync(Run("only-" + other, Report(other, "v3", start.AddHours(1))), CancellationToken.None);

        var latest = (await Store().ListLatestRunsAsync(CancellationToken.None)).Where(r => r.Name.StartsWith(_name, StringComparison.Ordinal)).ToList();

        Assert.Equal([("new-" + _name, _name), ("only-" + other, other)], latest.Select(r => (r.Id, r.Name)));
        Assert.All(latest, r => Assert.Null(r.Report));
    }

    [Fact]
    public async Task FindFindingAsync_ReturnsTheStoredFindingAndItsComparison_ByFingerprint()
    {
        var report = Report(_name, "texte à retrouver");
        var fingerprint = Guid.NewGuid().ToString("N")[..24];
        report.Findings[0].Fingerprint = fingerprint;
        await Store().SaveRunAsync(Run("r-find-" + _name, report), CancellationToken.None);

        var found = await Store().FindFindingAsync(fingerprint, CancellationToken.None);
        var missing = await Store().FindFindingAsync(Guid.NewGuid().ToString("N")[..24], CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(_name, found.Value.ComparisonName);
        Assert.Equal(report.Findings[0].Text, found.Value.Finding.Text);
        Assert.Equal(FindingAttribution.Edition, found.Value.Finding.Attribution);
        Assert.Null(missing);
    }

    [Fact]
    public async Task SaveRunAsync_KeepsOneRun_WhenTheSameRunIsSavedTwice()
    {
        var store = Store();
        var run = Run("r1-" + _name, Report(_name, "texte"));

        await store.SaveRunAsync(run, CancellationToken.None);
        await store.SaveRunAsync(run, CancellationToken.None);

        Assert.Single(await store.ListRunsAsync(_name, CancellationToken.None));
        Assert.Equal(2, (await store.ListEditionVersionsAsync(_name, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SaveRunAsync_UpdatesStatusAndProblems_WhenARunIsSavedAgain()
    {
        var store = Store();
        var started = new ComparisonRun
        {
            Id = "r1-" + _name, Name = _name, PivotLanguage = "en", Engine = "apertium", Status = ComparisonRunStatus.Running,
            CreatedAt = new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero),
        };
        await store.SaveRunAsync(started, CancellationToken.None);

        var problem = new Problem("fetch", "fetch.not-found", "No page at https://example.com/fr.", "https://example.com/fr");
        await store.SaveRunAsync(started with { Status = ComparisonRunStatus.Failed, Problems = [problem] }, CancellationToken.None);

        var run = Assert.Single(await store.ListRunsAsync(_name, CancellationToken.None));
        Assert.Equal(ComparisonRunStatus.Failed, run.Status);
        Assert.Equal([problem], run.Problems);
        Assert.Null(await store.GetReportAsync(run.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ListRunsAsync_ListsTheComparisonsRunsNewestFirst_WithoutReports()
    {
        var store = Store();
        var older = Report(_name, "v1", new DateTimeOffset(2024, 11, 1, 3, 0, 0, TimeSpan.Zero));
        var newer = Report(_name, "v2", new DateTimeOffset(2024, 11, 2, 3, 0, 0, TimeSpan.FromHours(2)));
        await store.SaveRunAsync(Run("old-" + _name, older), CancellationToken.None);
        await store.SaveRunAsync(Run("new-" + _name, newer), CancellationToken.None);
        await store.SaveRunAsync(Run("other-" + _name, Report("other-" + _name, "v1")), CancellationToken.None);

        var runs = await store.ListRunsAsync(_name, CancellationToken.None);

        Assert.Equal(["new-" + _name, "old-" + _name], runs.Select(r => r.Id));
        Assert.All(runs, r => Assert.Null(r.Report));
        Assert.Equal(newer.CreatedAt, runs[0].CreatedAt);
        Assert.Equal(("fr", "fake", ComparisonRunStatus.Succeeded), (runs[0].ReferenceLanguage, runs[0].Engine, runs[0].Status));
    }

    [Fact]
    public async Task ListEditionVersionsAsync_KeepsEveryVersion_AndEachVersionOnce()
    {
        var store = Store();
        await store.SaveRunAsync(Run("night1-" + _name, Report(_name, "première version")), CancellationToken.None);
        await store.SaveRunAsync(Run("night2-" + _name, Report(_name, "première version")), CancellationToken.None);
        await store.SaveRunAsync(Run("night3-" + _name, Report(_name, "deuxième version")), CancellationToken.None);

        var versions = await store.ListEditionVersionsAsync(_name, CancellationToken.None);

        Assert.Equal(["en", "fr", "fr"], versions.Select(v => v.Language));
        Assert.Equal(["première version", "deuxième version"], versions.Where(v => v.Language == "fr").Select(v => v.Text));
        Assert.All(versions, v => Assert.Null(v.Content));
    }

    [Fact]
    public async Task SaveEditionVersionAsync_ReturnsFalse_WhenTheUrlAlreadyHasThisContent()
    {
        var store = Store();
        var url = $"https://example.com/{_name}/fr";
        var version = new EditionVersion
        {
            Language = "FR", Url = url, ContentHash = "abc123", FetchedAt = new FixedTimeProvider().GetUtcNow(),
            Content = Encoding.Latin1.GetBytes("<p>Été</p>"),
        };

        Assert.True(await store.SaveEditionVersionAsync(version, CancellationToken.None));
        Assert.False(await store.SaveEditionVersionAsync(version with { FetchedAt = version.FetchedAt.AddDays(1) }, CancellationToken.None));
        Assert.True(await store.SaveEditionVersionAsync(version with { ContentHash = "def456" }, CancellationToken.None));

        var database = Database.Open();
        await using var context = await database.OpenAsync(CancellationToken.None);
        var rows = await context.EditionVersions.Where(v => v.Url == url).OrderBy(v => v.Id).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(version.Content, rows[0].Content);
        Assert.Equal("fr", rows[0].Language);
        Assert.Equal(version.FetchedAt, rows[0].FetchedAt);
    }

    [Fact]
    public async Task GetRunAsync_ReturnsNull_WhenNoRunHasTheId()
    {
        Assert.Null(await Store().GetRunAsync("missing-" + _name, CancellationToken.None));
        Assert.Null(await Store().GetReportAsync("missing-" + _name, CancellationToken.None));
    }

    [Fact]
    public async Task SaveRunAsync_KeepsOneRunAndOneVersionEach_WhenTwoWorkersSaveTheSameRunConcurrently()
    {
        var run = Run("r1-" + _name, Report(_name, "texte"));
        var first = Store();
        var second = Store();

        await Task.WhenAll(
            Task.Run(() => first.SaveRunAsync(run, CancellationToken.None)),
            Task.Run(() => second.SaveRunAsync(run, CancellationToken.None)));

        Assert.Single(await first.ListRunsAsync(_name, CancellationToken.None));
        Assert.Equal(2, (await first.ListEditionVersionsAsync(_name, CancellationToken.None)).Count);
    }

    private EfComparisonStore Store() => new(Database.Open(), new FixedTimeProvider());

    private static ComparisonRun Run(string id, ComparisonReport report) =>
        ComparisonRun.FromOutcome(id, new ComparisonRequest { Name = report.Name, Editions = [], PivotLanguage = "en" }, "fake", new ComparisonOutcome(report, []), report.CreatedAt);

    /// <summary>TestKit's two-edition report under another name, its French edition holding <paramref name="frenchText"/>.</summary>
    private static ComparisonReport Report(string name, string frenchText, DateTimeOffset? createdAt = null)
    {
        var sample = ReportBuilder.TwoEditions();
        var fr = sample.Editions[0];
        var editions = new List<Edition>
        {
            new()
            {
                Language = fr.Language, Url = $"https://example.com/{name}/fr", Title = fr.Title, PivotTitle = fr.PivotTitle,
                TranslationRoute = fr.TranslationRoute, ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(frenchText)))[..16],
                FetchedAt = createdAt ?? sample.CreatedAt,
                Paragraphs = [new Paragraph { Index = 0, Text = frenchText, PivotText = fr.Paragraphs[0].PivotText }],
            },
            new()
            {
                Language = "en", Url = $"https://example.com/{name}/en", Title = "Title", PivotTitle = "Title", TranslationRoute = "identity",
                ContentHash = "e0", FetchedAt = createdAt ?? sample.CreatedAt, Paragraphs = sample.Editions[1].Paragraphs,
            },
        };
        return new ComparisonReport
        {
            Name = name, PivotLanguage = sample.PivotLanguage, ReferenceLanguage = sample.ReferenceLanguage, OriginalLanguage = "fr",
            Translator = sample.Translator, CreatedAt = createdAt ?? sample.CreatedAt, Editions = editions, Groups = sample.Groups,
            Diffs = sample.Diffs, Findings = sample.Findings,
        };
    }
}

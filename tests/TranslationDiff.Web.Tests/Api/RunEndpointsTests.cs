using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.TestKit.Builders;

namespace TranslationDiff.Web.Tests.Api;

/// <summary>Stored runs and their reports over HTTP.</summary>
public sealed class RunEndpointsTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"td-web-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _runId = "run-" + Guid.NewGuid().ToString("N")[..8];

    public RunEndpointsTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:ConnectionString", "Data Source=" + _database)
            .UseSetting("Translation:Engine", "none"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        File.Delete(_database);
    }

    [Fact]
    public async Task Runs_ListsTheRunsOfAComparison_AndServesTheirReports()
    {
        await SaveRunAsync("<b>bold</b> & more");
        using var client = _factory.CreateClient();

        using var runs = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/runs?name=sample", UriKind.Relative)));
        using var report = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/runs/{_runId}/report", UriKind.Relative)));
        using var html = await client.GetAsync(new Uri($"/api/runs/{_runId}/report?format=html", UriKind.Relative));
        var page = await html.Content.ReadAsStringAsync();

        var run = Assert.Single(runs.RootElement.EnumerateArray());
        Assert.Equal(_runId, run.GetProperty("id").GetString());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(1, report.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("5a3f0c9e2b7d4e1f8a6c0b9d", report.RootElement.GetProperty("findings")[0].GetProperty("fingerprint").GetString());
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; more", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_ListsTheNewestRunOfEachComparison_WithLinksToItsReport()
    {
        using var client = _factory.CreateClient();
        var empty = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        await SaveRunAsync("text");

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("No comparison has been run yet", empty, StringComparison.Ordinal);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"<a href=\"/api/runs/{_runId}/report?format=html\">read</a>", page, StringComparison.Ordinal);
        Assert.Contains(">sample</a>", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void HomePage_EncodesComparisonNamesAndProblems()
    {
        var run = new ComparisonRun
        {
            Id = "r<1>", Name = "<script>x</script>", PivotLanguage = "en", Engine = "apertium", Status = ComparisonRunStatus.Failed,
            Problems = [new Core.Model.Problem("fetch", "fetch.not-found", "<b>missing</b> page", null)],
        };

        var html = HomePage.Render([run]);

        Assert.DoesNotContain("<script>x</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;missing&lt;/b&gt; page", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/runs", HttpStatusCode.BadRequest)]
    [InlineData("/api/runs/no-such-run/report", HttpStatusCode.NotFound)]
    [InlineData("/api/runs/RUN/report?format=pdf", HttpStatusCode.BadRequest)]
    public async Task Runs_AnswersWithAProblem_ForBadRequests(string path, HttpStatusCode expected)
    {
        await SaveRunAsync("text");
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path.Replace("RUN", _runId, StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task SaveRunAsync(string englishText)
    {
        var report = ReportBuilder.TwoEditions(englishText);
        var run = ComparisonRun.FromOutcome(_runId, new ComparisonRequest { Name = report.Name, Editions = [], PivotLanguage = "en" }, "fake", new ComparisonOutcome(report, []), report.CreatedAt);
        await _factory.Services.GetRequiredService<IComparisonStore>().SaveRunAsync(run, CancellationToken.None);
    }
}

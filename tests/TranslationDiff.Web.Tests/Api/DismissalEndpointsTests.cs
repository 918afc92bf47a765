using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.TestKit.Builders;

namespace TranslationDiff.Web.Tests.Api;

/// <summary>Dismissals over HTTP: writes from this machine or with the API key only.</summary>
public sealed class DismissalEndpointsTests : IDisposable
{
    private const string ApiKey = "a-long-test-key-0123456789";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"td-web-{Guid.NewGuid():N}.db");
    private readonly string _fingerprint = ReportBuilder.TwoEditions().Findings[0].Fingerprint;

    public void Dispose()
    {
        File.Delete(_database);
    }

    [Fact]
    public async Task Dismissals_CanBeAddedListedAndRestored_FromThisMachine()
    {
        using var factory = Factory(IPAddress.Loopback);
        await SaveSampleRunAsync(factory);
        using var client = factory.CreateClient();

        using var created = await client.PostAsJsonAsync(new Uri("/api/dismissals", UriKind.Relative), new { fingerprint = "#" + _fingerprint, reason = "house style", by = "editor" });
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/dismissals", UriKind.Relative));
        using var restored = await client.DeleteAsync(new Uri($"/api/dismissals/{_fingerprint}", UriKind.Relative));
        using var again = await client.DeleteAsync(new Uri($"/api/dismissals/{_fingerprint}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal(_fingerprint, entry.GetProperty("fingerprint").GetString());
        Assert.Equal("broken-sentence", entry.GetProperty("check").GetString());
        Assert.Equal("house style", entry.GetProperty("reason").GetString());
        Assert.Equal("sample", entry.GetProperty("comparisonName").GetString());
        Assert.Equal(HttpStatusCode.NoContent, restored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Dismiss_IsRefused_FromAnotherMachineWithoutTheKey()
    {
        using var factory = Factory(IPAddress.Parse("203.0.113.7"), ApiKey);
        await SaveSampleRunAsync(factory);
        using var client = factory.CreateClient();

        using var refused = await client.PostAsJsonAsync(new Uri("/api/dismissals", UriKind.Relative), new { fingerprint = _fingerprint });
        using var wrongKey = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/dismissals/{_fingerprint}", UriKind.Relative));
        wrongKey.Headers.Authorization = new("Bearer", "not-the-key");
        using var refusedDelete = await client.SendAsync(wrongKey);
        var stored = await factory.Services.GetRequiredService<IDismissalStore>().ListAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedDelete.StatusCode);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task Dismiss_IsRefused_WhenAProxyOnThisMachineForwardedTheRequest()
    {
        using var factory = Factory(IPAddress.Loopback);
        await SaveSampleRunAsync(factory);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/dismissals", UriKind.Relative)) { Content = JsonContent.Create(new { fingerprint = _fingerprint }) };
        request.Headers.Add("X-Forwarded-For", "198.51.100.4");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dismiss_IsAccepted_FromAnotherMachineWithTheKey()
    {
        using var factory = Factory(IPAddress.Parse("203.0.113.7"), ApiKey);
        await SaveSampleRunAsync(factory);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/dismissals", UriKind.Relative)) { Content = JsonContent.Create(new { fingerprint = _fingerprint }) };
        request.Headers.Authorization = new("Bearer", ApiKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Dismiss_AnswersBadRequest_ForAnOverlongReason()
    {
        using var factory = Factory(IPAddress.Loopback);
        await SaveSampleRunAsync(factory);
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/dismissals", UriKind.Relative), new { fingerprint = _fingerprint, reason = new string('x', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await factory.Services.GetRequiredService<IDismissalStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Dismiss_AnswersNotFound_ForAnIdNoRunHas()
    {
        using var factory = Factory(IPAddress.Loopback);
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/dismissals", UriKind.Relative), new { fingerprint = "ffffffffffffffffffffffff" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No stored run has a finding with id ffffffffffffffffffffffff", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task SaveSampleRunAsync(WebApplicationFactory<Program> factory)
    {
        var report = ReportBuilder.TwoEditions();
        var run = ComparisonRun.FromOutcome("web-" + Guid.NewGuid().ToString("N")[..8], new ComparisonRequest { Name = report.Name, Editions = [], PivotLanguage = "en" }, "fake", new ComparisonOutcome(report, []), report.CreatedAt);
        await factory.Services.GetRequiredService<IComparisonStore>().SaveRunAsync(run, CancellationToken.None);
    }

    private WebApplicationFactory<Program> Factory(IPAddress remote, string? apiKey = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:ConnectionString", "Data Source=" + _database)
                .UseSetting("Translation:Engine", "none");
            if (apiKey is not null)
            {
                b.UseSetting("Web:ApiKey", apiKey);
            }

            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(remote)));
        });

    /// <summary>Makes every test request come from <paramref name="address"/>, as Kestrel would report it.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

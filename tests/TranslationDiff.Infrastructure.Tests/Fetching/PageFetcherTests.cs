using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TranslationDiff.Infrastructure.Fetching;
using TranslationDiff.TestKit.Fakes;
using TranslationDiff.TestKit.Http;

namespace TranslationDiff.Infrastructure.Tests.Fetching;

public sealed class PageFetcherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-fetch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task FetchAsync_ReadsTheFile_WhenGivenAPath()
    {
        var path = Path.Combine(_folder, "page.html");
        await File.WriteAllTextAsync(path, "<p>Bonjour</p>");

        var result = await Fetcher().FetchAsync(path, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("text/html", result.Page!.MediaType);
        Assert.Equal("<p>Bonjour</p>", Encoding.UTF8.GetString(result.Page.Content));
    }

    [Fact]
    public async Task FetchAsync_ReturnsNotFound_WhenTheFileIsMissing()
    {
        var result = await Fetcher().FetchAsync(Path.Combine(_folder, "nope.html"), CancellationToken.None);

        Assert.Equal("fetch.not-found", result.Problem!.Code);
        Assert.Contains("nope.html", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesOtherSchemes()
    {
        var result = await Fetcher().FetchAsync("ftp://example.com/a.html", CancellationToken.None);

        Assert.Equal("fetch.bad-location", result.Problem!.Code);
    }

    [Fact]
    public async Task FetchAsync_ReturnsBodyAndCharset_WhenTheServerAnswers()
    {
        await using var server = new LoopbackHttpServer(async context =>
        {
            context.Response.ContentType = "text/html; charset=windows-1252";
            context.Response.Headers["ETag"] = "\"v1\"";
            await context.Response.OutputStream.WriteAsync("<p>caf\u00e9</p>"u8.ToArray());
        });

        var result = await Fetcher(allowPrivate: true).FetchAsync(server.BaseUri + "article", CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal("windows-1252", result.Page!.Charset);
        Assert.Equal("text/html", result.Page.MediaType);
        Assert.Equal("\"v1\"", result.Page.ETag);
        Assert.Equal(["/article"], server.Paths);
    }

    [Fact]
    public async Task FetchAsync_ReturnsTheStatus_WhenTheServerAnswersNotFound()
    {
        await using var server = new LoopbackHttpServer(context =>
        {
            context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            return Task.CompletedTask;
        });

        var result = await Fetcher(allowPrivate: true).FetchAsync(server.BaseUri + "gone", CancellationToken.None);

        Assert.Equal("fetch.http-status", result.Problem!.Code);
        Assert.Contains("404", result.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("check the URL", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesLoopbackAddresses_ByDefault()
    {
        await using var server = new LoopbackHttpServer(async context =>
            await context.Response.OutputStream.WriteAsync("secret"u8.ToArray()));

        var result = await Fetcher().FetchAsync(server.BaseUri + "admin", CancellationToken.None);

        Assert.Equal("fetch.private-address", result.Problem!.Code);
        Assert.Contains("Fetching:AllowPrivateNetworks", result.Problem.Message, StringComparison.Ordinal);
        Assert.Empty(server.Paths);
    }

    [Fact]
    public async Task FetchAsync_StopsReading_WhenThePageIsTooLarge()
    {
        await using var server = new LoopbackHttpServer(async context =>
        {
            context.Response.SendChunked = true;
            var block = new byte[1024];
            for (var i = 0; i < 8; i++)
            {
                await context.Response.OutputStream.WriteAsync(block);
            }
        });

        var result = await Fetcher(allowPrivate: true, maxBytes: 4096).FetchAsync(server.BaseUri.ToString(), CancellationToken.None);

        Assert.Equal("fetch.too-large", result.Problem!.Code);
    }

    [Fact]
    public async Task FetchAsync_ReturnsTimeout_WhenTheServerDoesNotAnswer()
    {
        var release = new TaskCompletionSource();
        await using var server = new LoopbackHttpServer(_ => release.Task);

        var result = await Fetcher(allowPrivate: true, timeoutSeconds: 1).FetchAsync(server.BaseUri.ToString(), CancellationToken.None);
        release.SetResult();

        Assert.Equal("fetch.timeout", result.Problem!.Code);
    }

    private static PageFetcher Fetcher(bool allowPrivate = false, int maxBytes = 1_000_000, int timeoutSeconds = 10)
    {
        var options = Options.Create(new FetchOptions { AllowPrivateNetworks = allowPrivate, MaxBytes = maxBytes, TimeoutSeconds = timeoutSeconds });
        var http = new HttpClient(GuardedHandlerFactory.Create(options));
        return new PageFetcher(http, options, new FixedTimeProvider(), NullLogger<PageFetcher>.Instance);
    }
}

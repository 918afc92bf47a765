using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Fetching;

namespace TranslationDiff.Infrastructure.Fetching;

/// <summary>Fetches editions from http(s) URLs (guarded against private networks) and from file paths.</summary>
internal sealed partial class PageFetcher(
    HttpClient http,
    IOptions<FetchOptions> options,
    TimeProvider clock,
    ILogger<PageFetcher> logger) : IPageFetcher
{
    public Task<FetchResult> FetchAsync(string location, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return FetchUrlAsync(location, uri, cancellationToken);
        }

        if (uri is not null && uri.Scheme != Uri.UriSchemeFile && location.Contains("://", StringComparison.Ordinal))
        {
            return Task.FromResult(FetchResult.Failed(
                "fetch.bad-location", $"Only http and https URLs and file paths can be fetched, not '{uri.Scheme}:'.", location));
        }

        return FetchFileAsync(location, uri, cancellationToken);
    }

    private async Task<FetchResult> FetchFileAsync(string location, Uri? uri, CancellationToken cancellationToken)
    {
        if (!options.Value.AllowFiles)
        {
            return FetchResult.Failed("fetch.files-not-allowed", "Editions must be given as http(s) URLs here.", location);
        }

        var path = uri is { IsFile: true } ? uri.LocalPath : location;
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            var hint = Directory.Exists(full) ? " It is a folder; give the page's file." : " Check the path.";
            return FetchResult.Failed("fetch.not-found", $"No file at '{full}'.{hint}", location);
        }

        var info = new FileInfo(full);
        if (info.Length > options.Value.MaxBytes)
        {
            return FetchResult.Failed("fetch.too-large", $"The file is {info.Length:N0} bytes; the limit is {options.Value.MaxBytes:N0} (Fetching:MaxBytes).", location);
        }

        var content = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        return FetchResult.Ok(new FetchedPage
        {
            Location = location,
            FinalLocation = full,
            Content = content,
            MediaType = MediaTypeOf(full),
            FetchedAt = clock.GetUtcNow(),
            LastModified = info.LastWriteTimeUtc,
        });
    }

    private async Task<FetchResult> FetchUrlAsync(string location, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.UserAgent.ParseAdd(options.Value.UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain", 0.8));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed(
                    "fetch.http-status",
                    $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}{StatusHint(response.StatusCode)}",
                    location);
            }

            var declaredLength = response.Content.Headers.ContentLength;
            if (declaredLength > options.Value.MaxBytes)
            {
                return FetchResult.Failed("fetch.too-large", $"The page is {declaredLength:N0} bytes; the limit is {options.Value.MaxBytes:N0} (Fetching:MaxBytes).", location);
            }

            var content = await ReadLimitedAsync(response.Content, options.Value.MaxBytes, timeout.Token).ConfigureAwait(false);
            if (content is null)
            {
                return FetchResult.Failed("fetch.too-large", $"The page is larger than {options.Value.MaxBytes:N0} bytes (Fetching:MaxBytes).", location);
            }

            return FetchResult.Ok(new FetchedPage
            {
                Location = location,
                FinalLocation = response.RequestMessage?.RequestUri?.ToString() ?? location,
                Content = content,
                MediaType = response.Content.Headers.ContentType?.MediaType,
                Charset = response.Content.Headers.ContentType?.CharSet?.Trim('"'),
                FetchedAt = clock.GetUtcNow(),
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified,
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed("fetch.timeout", $"No answer within {options.Value.TimeoutSeconds} s (Fetching:TimeoutSeconds). Try again later.", location);
        }
        catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
        {
            return FetchResult.Failed("fetch.private-address", blocked.Message, location);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, location, ex.Message);
            return FetchResult.Failed("fetch.unreachable", $"Could not reach the server: {ex.Message}", location);
        }
    }

    private static BlockedAddressException? FindBlocked(Exception ex)
    {
        for (var e = ex as Exception; e is not null; e = e.InnerException)
        {
            if (e is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string StatusHint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.NotFound or HttpStatusCode.Gone => ": the page does not exist (any more); check the URL.",
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ": the page needs a login or blocks robots; save it from a browser and give the file.",
        HttpStatusCode.TooManyRequests => ": the site is rate-limiting; try again later.",
        _ when (int)status >= 500 => ": the site has a problem; try again later.",
        _ => ".",
    };

    private static string MediaTypeOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" or ".XHTML" => "text/html",
        ".TXT" or ".TEXT" or ".MD" => "text/plain",
        _ => "application/octet-stream",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not fetch {Location}: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string location, string reason);
}

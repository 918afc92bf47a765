using System.Net;
using System.Net.Http.Headers;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Typed HTTP client for the Translator Text REST API v3.0: one exchange per call, no retries (see
/// <see cref="AzureRetryPolicy"/>). Every request carries the key, the region when set and a fresh
/// <c>X-ClientTraceId</c>; the request timeout runs on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class AzureTranslatorClient(HttpClient http, TimeProvider clock)
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string RegionHeader = "Ocp-Apim-Subscription-Region";
    public const string TraceHeader = "X-ClientTraceId";
    public const string ApiVersion = "3.0";

    /// <summary>POST /translate for one batch of texts, with sentence lengths.</summary>
    public async Task<AzureAttempt<IReadOnlyList<AzureTranslatedItem>>> TranslateAsync(
        AzureTranslatorOptions options, string from, string to, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var query = $"translate?api-version={ApiVersion}&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}&includeSentenceLength=true";
        using var request = new HttpRequestMessage(HttpMethod.Post, Resolve(options, query))
        {
            Content = new ByteArrayContent(AzureWireFormat.WriteTranslateBody(texts)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        var (status, body, failure, traceId, _) = await SendAsync(options, request, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return AzureAttempt<IReadOnlyList<AzureTranslatedItem>>.Fail(failure, traceId);
        }

        var items = AzureWireFormat.ReadTranslateBody(body, texts.Count, out var error);
        return items is null
            ? AzureAttempt<IReadOnlyList<AzureTranslatedItem>>.Fail(AzureErrorCatalog.Malformed("translate", $"{error} (HTTP {(int)status}, trace id {traceId})"), traceId)
            : AzureAttempt<IReadOnlyList<AzureTranslatedItem>>.Success(items, traceId);
    }

    /// <summary>GET /languages?scope=translation, conditional on <paramref name="etag"/> when one is known.</summary>
    public async Task<AzureAttempt<AzureLanguagesPayload>> GetLanguagesAsync(
        AzureTranslatorOptions options, string? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Resolve(options, $"languages?api-version={ApiVersion}&scope=translation"));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        var (status, body, failure, traceId, newTag) = await SendAsync(options, request, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return AzureAttempt<AzureLanguagesPayload>.Fail(failure, traceId);
        }

        if (status == HttpStatusCode.NotModified)
        {
            return AzureAttempt<AzureLanguagesPayload>.Success(new AzureLanguagesPayload(true, [], newTag ?? etag), traceId);
        }

        var codes = AzureWireFormat.ReadLanguages(body, out var error);
        return codes is null
            ? AzureAttempt<AzureLanguagesPayload>.Fail(AzureErrorCatalog.Malformed("languages", $"{error} (trace id {traceId})"), traceId)
            : AzureAttempt<AzureLanguagesPayload>.Success(new AzureLanguagesPayload(false, codes, newTag), traceId);
    }

    /// <summary>The endpoint with a trailing slash, so that a custom domain's path is kept.</summary>
    public static Uri Resolve(AzureTranslatorOptions options, string relative)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint.EndsWith('/') ? options.Endpoint : options.Endpoint + "/";
        return new Uri(new Uri(endpoint, UriKind.Absolute), relative);
    }

    private async Task<(HttpStatusCode Status, string Body, AzureFailure? Failure, string TraceId, string? ETag)> SendAsync(
        AzureTranslatorOptions options, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var traceId = Guid.NewGuid().ToString();
        request.Headers.TryAddWithoutValidation(TraceHeader, traceId);
        if (options.HasKey)
        {
            request.Headers.TryAddWithoutValidation(KeyHeader, options.Key!.Trim());
        }

        if (!string.IsNullOrWhiteSpace(options.Region))
        {
            request.Headers.TryAddWithoutValidation(RegionHeader, options.Region.Trim());
        }

        using var timeout = new CancellationTokenSource(options.RequestTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var etag = response.Headers.ETag?.ToString();
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
            {
                return (response.StatusCode, body, null, traceId, etag);
            }

            var (code, message) = AzureWireFormat.ReadError(body);
            var failure = AzureErrorCatalog.FromResponse(response.StatusCode, code, message, RetryAfter(response));
            return (response.StatusCode, body, failure with { Message = failure.Message + $" (trace id {traceId})" }, traceId, etag);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (0, string.Empty, AzureErrorCatalog.Timeout(options.RequestTimeout), traceId, null);
        }
        catch (HttpRequestException ex)
        {
            return (0, string.Empty, AzureErrorCatalog.Unreachable(request.RequestUri!, ex.Message), traceId, null);
        }
        catch (IOException ex)
        {
            return (0, string.Empty, AzureErrorCatalog.Unreachable(request.RequestUri!, ex.Message), traceId, null);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}

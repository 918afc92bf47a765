using System.Globalization;
using System.Net;
using System.Text.Json;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// The two APy endpoints the adapter needs: <c>GET /listPairs</c> and <c>POST /translate</c> (form-encoded, so
/// long texts fit; <c>format=txt</c> so APy deformats exactly as <c>apertium -f txt</c>; unknown words marked).
/// </summary>
internal sealed class ApyClient(HttpClient http, TimeProvider clock, TimeSpan timeout)
{
    public async Task<(IReadOnlyList<ApertiumMode> Modes, Problem? Problem)> ListPairsAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        var url = new Uri(baseUrl, "listPairs");
        var (body, problem) = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), url, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return ([], problem);
        }

        try
        {
            using var json = JsonDocument.Parse(body!);
            var modes = json.RootElement.GetProperty("responseData").EnumerateArray()
                .Select(p => ApertiumMode.FromCodes(p.GetProperty("sourceLanguage").GetString() ?? string.Empty, p.GetProperty("targetLanguage").GetString() ?? string.Empty))
                .OfType<ApertiumMode>()
                .ToList();
            return (modes, null);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ([], Unexpected(url, body!));
        }
    }

    public async Task<EngineCallResult> TranslateAsync(Uri baseUrl, ApertiumMode mode, string input, CancellationToken cancellationToken)
    {
        var url = new Uri(baseUrl, "translate");
        var (body, problem) = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(
                [
                    new("langpair", mode.ApyPair),
                    new("q", input),
                    new("format", "txt"),
                    new("markUnknown", "yes"),
                ]),
            },
            url,
            cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new EngineCallResult(null, problem with { Subject = problem.Subject ?? mode.ApyPair });
        }

        try
        {
            using var json = JsonDocument.Parse(body!);
            var text = json.RootElement.GetProperty("responseData").GetProperty("translatedText").GetString();
            return text is null ? new EngineCallResult(null, Unexpected(url, body!)) : EngineCallResult.Success(text);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new EngineCallResult(null, Unexpected(url, body!));
        }
    }

    private async Task<(string? Body, Problem? Problem)> SendAsync(Func<HttpRequestMessage> build, Uri url, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return (body, null);
            }

            return (null, new Problem(
                "translate",
                ApertiumProblems.EngineFailed,
                string.Create(CultureInfo.InvariantCulture, $"The Apertium APy service at {url} answered {(int)response.StatusCode} {response.StatusCode}: {Explanation(body)}.{Hint(response.StatusCode)}"),
                null));
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, new Problem(
                "translate",
                ApertiumProblems.EngineTimeout,
                string.Create(CultureInfo.InvariantCulture, $"The Apertium APy service at {url} did not answer within {timeout.TotalSeconds:0.#} s. Raise Translation:Apertium:Timeout or check the service's load."),
                url.ToString()));
        }
        catch (HttpRequestException ex)
        {
            return (null, new Problem(
                "translate",
                ApertiumProblems.EngineUnavailable,
                $"The Apertium APy service at {url.GetLeftPart(UriPartial.Authority)} cannot be reached ({ex.Message}). Start it (apertium-apy -p PORT /usr/share/apertium/modes), fix Translation:Apertium:ApyUrl, or use --translator apertium.",
                url.GetLeftPart(UriPartial.Authority)));
        }
    }

    private static string Explanation(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && (json.RootElement.TryGetProperty("explanation", out var value) || json.RootElement.TryGetProperty("message", out value)))
            {
                return value.ToString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall back to the text itself.
        }

        return ApertiumProblems.Excerpt(body, 200);
    }

    private static string Hint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => " The pair may have been removed from the server since it was listed; try again.",
        HttpStatusCode.ServiceUnavailable => " APy's pipeline for the pair is stuck or timed out (its own -t limit); it restarts the pipeline, try again.",
        _ => string.Empty,
    };

    private static Problem Unexpected(Uri url, string body) => new(
        "translate",
        ApertiumProblems.EngineFailed,
        $"The service at {url} did not answer like Apertium APy: {ApertiumProblems.Excerpt(body, 200)}. Check Translation:Apertium:ApyUrl.",
        url.ToString());
}

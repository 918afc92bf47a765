using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TranslationDiff.TestKit.Azure;

/// <summary>
/// The fake's answers to well-formed traffic, following the v3.0 reference: checks in the service's order
/// (api-version 400021, credentials 401000, Content-Type 415000, languages 400036/400035, body 400074,
/// limits 400072/400050/400077), then "[to] text" translations with sentLen.
/// </summary>
internal sealed class FakeAzureProtocol(FakeAzureTranslatorOptions options)
{
    private static readonly Dictionary<string, string> NoHeaders = [];
    private readonly Lock _gate = new();
    private (HashSet<string> Codes, IReadOnlyList<string> Spelled, string ETag) _languages = Languages(options.Languages);

    public void SetLanguages(IReadOnlyList<string> languages)
    {
        lock (_gate)
        {
            _languages = Languages(languages);
        }
    }

    public (int Status, string? Json, IReadOnlyDictionary<string, string> Headers) Answer(string method, string path, FakeAzureRequest request)
    {
        if (request.Query.GetValueOrDefault("api-version") != "3.0")
        {
            return Error(400, 400021, "The API version parameter is missing or invalid.");
        }

        return (method, path) switch
        {
            ("GET", "/languages") => LanguagesAnswer(request),
            ("POST", "/translate") => Translate(request),
            ("GET" or "POST", _) => Error(404, 404000, "The requested resource was not found."),
            _ => Error(405, 405000, "The request method is not supported for the requested resource."),
        };
    }

    public static string ErrorBody(int code, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The <c>Text</c> values of a translate body, or null when the body is not an array of such objects.</summary>
    public static List<string>? TextsOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var texts = new List<string>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("Text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                texts.Add(text.GetString()!);
            }

            return texts;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private (int, string?, IReadOnlyDictionary<string, string>) LanguagesAnswer(FakeAzureRequest request)
    {
        (HashSet<string> Codes, IReadOnlyList<string> Spelled, string ETag) languages;
        lock (_gate)
        {
            languages = _languages;
        }

        var headers = new Dictionary<string, string> { ["ETag"] = languages.ETag };
        if (request.Header("If-None-Match") == languages.ETag)
        {
            return (304, null, headers);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("translation");
            foreach (var code in languages.Spelled)
            {
                writer.WriteStartObject(code);
                writer.WriteString("name", code);
                writer.WriteString("nativeName", code);
                writer.WriteString("dir", code is "ar" or "he" or "fa" ? "rtl" : "ltr");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return (200, Encoding.UTF8.GetString(buffer.ToArray()), headers);
    }

    private (int, string?, IReadOnlyDictionary<string, string>) Translate(FakeAzureRequest request)
    {
        if ((options.ExpectedKey is not null && request.Header("Ocp-Apim-Subscription-Key") != options.ExpectedKey)
            || (options.ExpectedRegion is not null && request.Header("Ocp-Apim-Subscription-Region") != options.ExpectedRegion))
        {
            return Error(401, 401000, "The request is not authorized because credentials are missing or invalid.");
        }

        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Error(415, 415000, "The Content-Type header is missing or invalid.");
        }

        HashSet<string> codes;
        lock (_gate)
        {
            codes = _languages.Codes;
        }

        var to = request.Query.GetValueOrDefault("to");
        if (to is null || !codes.Contains(to))
        {
            return Error(400, 400036, "The target language is not valid.");
        }

        var from = request.Query.GetValueOrDefault("from");
        if (from is not null && !codes.Contains(from))
        {
            return Error(400, 400035, "The source language is not valid.");
        }

        var texts = TextsOf(request.Body);
        if (texts is null)
        {
            return Error(400, 400074, "The body of the request is not valid JSON.");
        }

        if (texts.Count > options.MaxElements)
        {
            return Error(400, 400072, "The array of input text has too many elements.");
        }

        if (texts.Any(t => t.Length > options.MaxElementCharacters))
        {
            return Error(400, 400050, "The input text is too long.");
        }

        if (texts.Sum(t => t.Length) > options.MaxRequestCharacters)
        {
            return Error(400, 400077, "The maximum request size has been exceeded.");
        }

        var withLengths = string.Equals(request.Query.GetValueOrDefault("includeSentenceLength"), "true", StringComparison.OrdinalIgnoreCase);
        var headers = new Dictionary<string, string>
        {
            ["X-MT-System"] = "Team",
            ["X-Metered-Usage"] = texts.Sum(t => t.Length).ToString(CultureInfo.InvariantCulture),
        };
        return (200, TranslateBody(texts, to, withLengths), headers);
    }

    private static string TranslateBody(List<string> texts, string to, bool withLengths)
    {
        var prefix = $"[{to}] ";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var text in texts)
            {
                var translated = prefix + text;
                writer.WriteStartObject();
                writer.WriteStartArray("translations");
                writer.WriteStartObject();
                writer.WriteString("text", translated);
                writer.WriteString("to", to);
                if (withLengths)
                {
                    var source = FakeAzureSentences.Lengths(text);
                    var target = source.ToList();
                    if (target.Count == 0)
                    {
                        target.Add(0);
                    }

                    target[0] += prefix.Length;
                    writer.WriteStartObject("sentLen");
                    WriteNumbers(writer, "srcSentLen", source);
                    WriteNumbers(writer, "transSentLen", target);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string name, IReadOnlyList<int> numbers)
    {
        writer.WriteStartArray(name);
        foreach (var n in numbers)
        {
            writer.WriteNumberValue(n);
        }

        writer.WriteEndArray();
    }

    private static (int, string?, IReadOnlyDictionary<string, string>) Error(int status, int code, string message) =>
        (status, ErrorBody(code, message), NoHeaders);

    private static (HashSet<string>, IReadOnlyList<string>, string) Languages(IReadOnlyList<string> languages)
    {
        var spelled = languages.ToList();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', spelled.Order(StringComparer.Ordinal))));
        return (new HashSet<string>(spelled, StringComparer.OrdinalIgnoreCase), spelled, "\"" + Convert.ToHexStringLower(hash)[..16] + "\"");
    }
}

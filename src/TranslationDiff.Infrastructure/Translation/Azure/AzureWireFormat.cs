using System.Text.Encodings.Web;
using System.Text.Json;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// The Translator v3.0 JSON bodies, written and read by hand so that a body of the wrong shape gives a clear
/// reason instead of an exception: request <c>[{"Text":"..."}]</c>, response
/// <c>[{"translations":[{"text":"...","to":"en","sentLen":{"srcSentLen":[..],"transSentLen":[..]}}]}]</c>,
/// error <c>{"error":{"code":400036,"message":"..."}}</c>, languages <c>{"translation":{"fr":{...}}}</c>.
/// </summary>
internal static class AzureWireFormat
{
    // Non-ASCII text is written as UTF-8, not as \uXXXX escapes: the body is an API payload, never HTML,
    // and escaping would make Cyrillic or Chinese bodies several times larger.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] WriteTranslateBody(IReadOnlyList<string> texts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var text in texts)
            {
                writer.WriteStartObject();
                writer.WriteString("Text", text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The translated items in order, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static IReadOnlyList<AzureTranslatedItem>? ReadTranslateBody(string json, int expectedCount, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                error = $"expected a JSON array, got {root.ValueKind}";
                return null;
            }

            if (root.GetArrayLength() != expectedCount)
            {
                error = $"expected {expectedCount} results, got {root.GetArrayLength()}";
                return null;
            }

            var items = new List<AzureTranslatedItem>(expectedCount);
            foreach (var element in root.EnumerateArray())
            {
                var item = ReadItem(element, items.Count, out error);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
            }

            error = null;
            return items;
        }
        catch (JsonException ex)
        {
            error = "the body is not valid JSON (" + ex.Message + ")";
            return null;
        }
    }

    /// <summary>The code and message of an error body, or nulls when the body is not one.</summary>
    public static (int? Code, string? Message) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            int? code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>The language codes of the <c>translation</c> scope, or null with <paramref name="error"/>.</summary>
    public static IReadOnlyList<string>? ReadLanguages(string json, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("translation", out var translation)
                || translation.ValueKind != JsonValueKind.Object)
            {
                error = "expected an object with a \"translation\" object";
                return null;
            }

            error = null;
            return translation.EnumerateObject().Select(p => p.Name).ToList();
        }
        catch (JsonException ex)
        {
            error = "the body is not valid JSON (" + ex.Message + ")";
            return null;
        }
    }

    private static AzureTranslatedItem? ReadItem(JsonElement element, int index, out string? error)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("translations", out var translations)
            || translations.ValueKind != JsonValueKind.Array
            || translations.GetArrayLength() == 0)
        {
            error = $"result {index} has no \"translations\" array";
            return null;
        }

        var first = translations[0];
        if (first.ValueKind != JsonValueKind.Object
            || !first.TryGetProperty("text", out var text)
            || text.ValueKind != JsonValueKind.String)
        {
            error = $"result {index} has no translated \"text\"";
            return null;
        }

        error = null;
        return new AzureTranslatedItem(text.GetString()!, ReadSentenceLengths(first));
    }

    private static List<int>? ReadSentenceLengths(JsonElement translation)
    {
        if (!translation.TryGetProperty("sentLen", out var sentLen)
            || sentLen.ValueKind != JsonValueKind.Object
            || !sentLen.TryGetProperty("transSentLen", out var lengths)
            || lengths.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new List<int>(lengths.GetArrayLength());
        foreach (var length in lengths.EnumerateArray())
        {
            if (length.ValueKind != JsonValueKind.Number || !length.TryGetInt32(out var value) || value < 0)
            {
                return null;
            }

            result.Add(value);
        }

        return result;
    }
}

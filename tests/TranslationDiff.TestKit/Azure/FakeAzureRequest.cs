namespace TranslationDiff.TestKit.Azure;

/// <summary>One request the fake Azure Translator received, as it arrived.</summary>
public sealed class FakeAzureRequest
{
    public required string Method { get; init; }

    /// <summary>The path under the endpoint: "/translate" or "/languages".</summary>
    public required string Path { get; init; }

    /// <summary>Query parameters (first value of each), case-insensitive names.</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    /// <summary>Request headers, case-insensitive names.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required string Body { get; init; }

    /// <summary>The <c>Text</c> values of a /translate body, in order (empty when the body is not one).</summary>
    public required IReadOnlyList<string> Texts { get; init; }

    /// <summary>Characters in <see cref="Texts"/> (UTF-16 code units).</summary>
    public int Characters => Texts.Sum(t => t.Length);

    /// <summary>When it arrived, on the server's clock (a fake one in tests).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The status answered (0 while the request is still being answered or was abandoned).</summary>
    public int Status { get; internal set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

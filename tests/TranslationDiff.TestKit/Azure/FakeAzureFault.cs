namespace TranslationDiff.TestKit.Azure;

/// <summary>What the fake Azure Translator does instead of answering normally.</summary>
public enum FakeAzureFaultKind
{
    /// <summary>An error status with the v3 JSON error body (and <c>Retry-After</c> when given).</summary>
    Error,

    /// <summary>Wait (real time) before answering normally.</summary>
    Slow,

    /// <summary>Never answer; the request ends when the client gives up or the server stops.</summary>
    Hang,

    /// <summary>HTTP 200 with a body that is not valid JSON.</summary>
    MalformedJson,
}

/// <summary>A scripted fault for <see cref="FakeAzureTranslatorServer.FailNext"/>.</summary>
public sealed record FakeAzureFault(
    FakeAzureFaultKind Kind,
    int Status = 200,
    int Code = 0,
    string? Message = null,
    int? RetryAfterSeconds = null,
    TimeSpan Delay = default,
    string Path = "/translate")
{
    public static FakeAzureFault TooManyRequests(int retryAfterSeconds, int code = 429001) =>
        new(FakeAzureFaultKind.Error, 429, code, "The server rejected the request because the client has exceeded request limits.", retryAfterSeconds);

    public static FakeAzureFault ServiceUnavailable(int? retryAfterSeconds = null) =>
        new(FakeAzureFaultKind.Error, 503, 503000, "Service is temporarily unavailable. Please retry.", retryAfterSeconds);

    public static FakeAzureFault InternalError() =>
        new(FakeAzureFaultKind.Error, 500, 500000, "An unexpected error occurred.");

    public static FakeAzureFault Unauthorized() =>
        new(FakeAzureFaultKind.Error, 401, 401000, "The request is not authorized because credentials are missing or invalid.");

    public static FakeAzureFault QuotaExceeded() =>
        new(FakeAzureFaultKind.Error, 403, 403001, "The operation is not allowed because the subscription has exceeded its free quota.");

    public static FakeAzureFault UnsupportedTarget() =>
        new(FakeAzureFaultKind.Error, 400, 400036, "The target language is not valid.");

    public static FakeAzureFault Error(int status, int code, string message) => new(FakeAzureFaultKind.Error, status, code, message);

    public static FakeAzureFault Slow(TimeSpan delay) => new(FakeAzureFaultKind.Slow, Delay: delay);

    public static FakeAzureFault Hang() => new(FakeAzureFaultKind.Hang);

    public static FakeAzureFault MalformedJson() => new(FakeAzureFaultKind.MalformedJson);

    /// <summary>The same fault on another path, e.g. "/languages".</summary>
    public FakeAzureFault On(string path) => this with { Path = path };
}

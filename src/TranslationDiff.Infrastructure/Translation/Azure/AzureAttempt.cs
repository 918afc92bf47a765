namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>The outcome of one HTTP exchange: a value or a failure, with the trace id sent.</summary>
internal sealed record AzureAttempt<T>(T? Value, AzureFailure? Failure, string TraceId)
    where T : class
{
    public static AzureAttempt<T> Success(T value, string traceId) => new(value, null, traceId);

    public static AzureAttempt<T> Fail(AzureFailure failure, string traceId) => new(null, failure, traceId);
}

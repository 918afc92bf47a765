namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>The outcome of a call after retries: the value or the last failure, and the HTTP requests made.</summary>
internal sealed record AzureCallResult<T>(T? Value, AzureFailure? Failure, int Requests)
    where T : class
{
    public bool Succeeded => Failure is null;
}

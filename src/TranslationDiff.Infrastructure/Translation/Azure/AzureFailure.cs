namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>Why one HTTP exchange with Azure Translator failed, and whether trying again may help.</summary>
/// <param name="Reason">Short slug used in the problem code <c>translate.azure-{Reason}</c>.</param>
/// <param name="Message">What went wrong and what to do, for an editor or an operator.</param>
/// <param name="Retryable">True for 408, 429, 5xx, I/O failures and timeouts.</param>
/// <param name="ServiceCode">The six-digit code from the error body (e.g. 401000), when there was one.</param>
/// <param name="RetryAfter">The server's <c>Retry-After</c>, when it sent one.</param>
internal sealed record AzureFailure(
    string Reason,
    string Message,
    bool Retryable,
    int? ServiceCode = null,
    TimeSpan? RetryAfter = null)
{
    public string ProblemCode => "translate.azure-" + Reason;
}

using System.Globalization;
using Microsoft.Extensions.Logging;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Retries an exchange that failed for a transient reason (408, 429, 5xx, I/O, timeout) with exponential
/// backoff and jitter, never sooner than the server's <c>Retry-After</c>; waits run on the injected
/// <see cref="TimeProvider"/>. Client errors (400xxx, 401xxx, 403xxx) end the call at once.
/// </summary>
internal sealed class AzureRetryPolicy(TimeProvider clock, ILogger logger, Func<double>? jitter = null)
{
    private readonly Func<double> _jitter = jitter ?? Random.Shared.NextDouble;

    public async Task<AzureCallResult<T>> ExecuteAsync<T>(
        string operation,
        AzureTranslatorOptions options,
        Func<CancellationToken, Task<AzureAttempt<T>>> exchange,
        CancellationToken cancellationToken)
        where T : class
    {
        var attempts = Math.Max(1, options.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await exchange(cancellationToken).ConfigureAwait(false);
            if (outcome.Failure is null)
            {
                return new AzureCallResult<T>(outcome.Value, null, attempt);
            }

            var failure = outcome.Failure;
            if (!failure.Retryable)
            {
                return new AzureCallResult<T>(null, failure, attempt);
            }

            if (attempt >= attempts)
            {
                var tries = attempt.ToString(CultureInfo.InvariantCulture);
                return new AzureCallResult<T>(null, failure with { Message = $"{failure.Message} Gave up after {tries} attempts." }, attempt);
            }

            if (failure.RetryAfter is { } asked && asked > options.MaxRetryAfter)
            {
                var seconds = asked.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
                return new AzureCallResult<T>(null, failure with { Message = $"{failure.Message} The service asked to wait {seconds} s, longer than Translation__Azure__MaxRetryAfter allows." }, attempt);
            }

            var delay = Delay(attempt, failure.RetryAfter, options);
            logger.LogWarning(
                "Azure Translator {Operation} attempt {Attempt} failed ({Reason}, code {ServiceCode}, trace id {TraceId}); retrying in {DelayMs} ms",
                operation, attempt, failure.Reason, failure.ServiceCode, outcome.TraceId, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Backoff before retry number <paramref name="attempt"/>: BaseDelay·2^(attempt-1) capped at MaxDelay, with
    /// "equal jitter" (half fixed, half random), and never less than <paramref name="retryAfter"/>.
    /// </summary>
    public TimeSpan Delay(int attempt, TimeSpan? retryAfter, AzureTranslatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Min(attempt - 1, 20);
        var step = Math.Min(options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds((step / 2) + (_jitter() * step / 2));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}

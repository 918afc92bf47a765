using Microsoft.Extensions.Logging;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// The service's translation languages (GET /languages?scope=translation), kept in memory with their ETag.
/// After <see cref="AzureTranslatorOptions.LanguagesRefreshInterval"/> the list is revalidated with
/// <c>If-None-Match</c>; a 304 keeps it. When a refresh fails the stale list is still used.
/// </summary>
internal sealed class AzureLanguageCatalog(TimeProvider clock, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, string>? _codes;
    private string? _etag;
    private DateTimeOffset _checkedAt;
    private volatile bool _stale;

    /// <summary>Forget the freshness of the list so that the next use revalidates it.</summary>
    public void Invalidate() => _stale = true;

    /// <summary>The language list (lower-case code -> the service's spelling), or the failure and requests made.</summary>
    public async Task<(IReadOnlyDictionary<string, string>? Codes, AzureFailure? Failure, int Requests)> GetAsync(
        AzureTranslatorOptions options, AzureRetryPolicy retry, AzureTranslatorClient client, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_codes is not null && !_stale && clock.GetUtcNow() - _checkedAt < options.LanguagesRefreshInterval)
            {
                return (_codes, null, 0);
            }

            var etag = _codes is null ? null : _etag;
            var result = await retry.ExecuteAsync(
                "languages", options, ct => client.GetLanguagesAsync(options, etag, ct), cancellationToken).ConfigureAwait(false);
            if (result.Value is { } payload)
            {
                if (!payload.NotModified)
                {
                    _codes = payload.Codes.ToDictionary(c => c.ToLowerInvariant(), c => c, StringComparer.Ordinal);
                }

                _etag = payload.ETag ?? _etag;
                _checkedAt = clock.GetUtcNow();
                _stale = false;
                return (_codes, null, result.Requests);
            }

            if (_codes is not null)
            {
                logger.LogWarning("Azure Translator language list could not be refreshed ({Reason}); using the cached list", result.Failure!.Reason);
                return (_codes, null, result.Requests);
            }

            return (null, result.Failure, result.Requests);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The service's code for <paramref name="modelTag"/>, or null when it does not translate that language.</summary>
    public static string? Resolve(IReadOnlyDictionary<string, string> codes, string modelTag)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var candidate in AzureLanguageCodes.Candidates(modelTag))
        {
            if (codes.TryGetValue(candidate.ToLowerInvariant(), out var code))
            {
                return code;
            }
        }

        return null;
    }

    public void Dispose() => _gate.Dispose();
}

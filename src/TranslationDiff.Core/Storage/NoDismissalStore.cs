namespace TranslationDiff.Core.Storage;

/// <summary>The store used when no results database is configured: nothing is dismissed, nothing can be.</summary>
public sealed class NoDismissalStore : IDismissalStore
{
    public Task<IReadOnlySet<string>> GetFingerprintsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal));

    public Task<IReadOnlyList<Dismissal>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Dismissal>>([]);

    public Task<bool> DismissAsync(Dismissal dismissal, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Dismissals need the results database; configure Storage:Provider.");

    public Task<bool> RestoreAsync(string fingerprint, CancellationToken cancellationToken) => Task.FromResult(false);
}

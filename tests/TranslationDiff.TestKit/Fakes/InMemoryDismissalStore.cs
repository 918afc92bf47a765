using TranslationDiff.Core.Storage;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>Dismissals in a dictionary; <see cref="Broken"/> makes every read fail like an unreachable database.</summary>
public sealed class InMemoryDismissalStore : IDismissalStore
{
    private readonly Dictionary<string, Dismissal> _byFingerprint = new(StringComparer.Ordinal);

    public bool Broken { get; set; }

    public Task<IReadOnlySet<string>> GetFingerprintsAsync(CancellationToken cancellationToken) => Broken
        ? throw new InvalidOperationException("database unreachable")
        : Task.FromResult<IReadOnlySet<string>>(_byFingerprint.Keys.ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyList<Dismissal>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Dismissal>>(_byFingerprint.Values.OrderByDescending(d => d.DismissedAt).ToList());

    public Task<bool> DismissAsync(Dismissal dismissal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dismissal);
        return Task.FromResult(_byFingerprint.TryAdd(dismissal.Fingerprint, dismissal));
    }

    public Task<bool> RestoreAsync(string fingerprint, CancellationToken cancellationToken) => Task.FromResult(_byFingerprint.Remove(fingerprint));
}

namespace TranslationDiff.Core.Storage;

/// <summary>Editors' dismissals, kept across runs (see <see cref="Dismissal"/>).</summary>
public interface IDismissalStore
{
    /// <summary>Every dismissed fingerprint.</summary>
    Task<IReadOnlySet<string>> GetFingerprintsAsync(CancellationToken cancellationToken);

    /// <summary>Every dismissal, newest first.</summary>
    Task<IReadOnlyList<Dismissal>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a dismissal; false when that fingerprint was already dismissed (the first one stays).</summary>
    Task<bool> DismissAsync(Dismissal dismissal, CancellationToken cancellationToken);

    /// <summary>Takes a dismissal back; false when the fingerprint was not dismissed.</summary>
    Task<bool> RestoreAsync(string fingerprint, CancellationToken cancellationToken);
}

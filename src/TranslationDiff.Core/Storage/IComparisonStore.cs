namespace TranslationDiff.Core.Storage;

/// <summary>
/// The results database's view for the UI and the nightly runs: runs of comparisons, their reports, and every
/// version of the editions they read. Saving is idempotent: the same run id or the same content twice adds nothing.
/// </summary>
public interface IComparisonStore
{
    /// <summary>Saves a run (inserting it or updating the run with its id), its report and the edition versions it read.</summary>
    Task SaveRunAsync(ComparisonRun run, CancellationToken cancellationToken);

    /// <summary>Keeps one fetched version of an edition; returns false when that URL already had this content.</summary>
    Task<bool> SaveEditionVersionAsync(EditionVersion version, CancellationToken cancellationToken);

    /// <summary>The runs of a comparison, newest first, without their reports.</summary>
    Task<IReadOnlyList<ComparisonRun>> ListRunsAsync(string comparisonName, CancellationToken cancellationToken);

    /// <summary>The newest run of every comparison, newest first, without their reports.</summary>
    Task<IReadOnlyList<ComparisonRun>> ListLatestRunsAsync(CancellationToken cancellationToken);

    /// <summary>A run without its report, or null when no run has this id.</summary>
    Task<ComparisonRun?> GetRunAsync(string runId, CancellationToken cancellationToken);

    /// <summary>The report of a run, or null when the run is unknown or made no report.</summary>
    Task<Pipeline.ComparisonReport?> GetReportAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// The edition versions read by the runs of a comparison, by language then fetch time; raw bytes are not loaded
    /// (<see cref="EditionVersion.Content"/> is null), the decoded text is.
    /// </summary>
    Task<IReadOnlyList<EditionVersion>> ListEditionVersionsAsync(string comparisonName, CancellationToken cancellationToken);

    /// <summary>The newest stored finding with this fingerprint and the comparison it was raised in, or null.</summary>
    Task<(Model.Finding Finding, string ComparisonName)?> FindFindingAsync(string fingerprint, CancellationToken cancellationToken);
}

using Microsoft.Extensions.Logging;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Storage;

namespace TranslationDiff.Core.Detection;

/// <summary>
/// What happens to the checks' findings before editors see them: attribution to edition or engine, a
/// fingerprint on each, and the editors' earlier dismissals left out.
/// </summary>
public sealed class FindingReview(
    IEngineAttribution attribution, IFindingFingerprinter fingerprinter, IDismissalStore dismissals, ILogger<FindingReview> logger)
{
    public IReadOnlyList<Finding> Attribute(IReadOnlyList<Finding> primary, IReadOnlyList<Finding> secondary, string secondaryRoute) =>
        attribution.Attribute(primary, secondary, secondaryRoute);

    /// <summary>
    /// Fingerprints every finding and leaves out the dismissed ones. When the dismissals cannot be read, every
    /// finding is kept and a problem says so: nothing is hidden by accident.
    /// </summary>
    public async Task<ReviewedFindings> ApplyDismissalsAsync(
        IReadOnlyList<Finding> findings, IReadOnlyList<Edition> editions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(editions);
        foreach (var finding in findings)
        {
            finding.Fingerprint = fingerprinter.Fingerprint(finding, ParagraphText(editions, finding));
        }

        IReadOnlySet<string> dismissed;
        try
        {
            dismissed = await dismissals.GetFingerprintsAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An unreadable store must not lose the run: every finding is shown and the fault reported.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not read the dismissed findings; showing all findings");
            return new ReviewedFindings(findings, 0, [new Problem("review", "review.dismissals-unreadable", $"The editors' dismissals could not be read ({ex.Message}); every finding is shown, including dismissed ones.", null)]);
        }

        var kept = findings.Where(f => !dismissed.Contains(f.Fingerprint)).ToList();
        return new ReviewedFindings(kept, findings.Count - kept.Count, []);
    }

    private static string ParagraphText(IReadOnlyList<Edition> editions, Finding finding)
    {
        var edition = editions.FirstOrDefault(e => string.Equals(e.Language, finding.Language, StringComparison.Ordinal));
        return edition is not null && finding.Paragraph >= 0 && finding.Paragraph < edition.Paragraphs.Count
            ? edition.Paragraphs[finding.Paragraph].Text
            : string.Empty;
    }
}

using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>
/// Runs every registered check; a check that throws is isolated and reported as a problem, the others
/// still run. Findings come back ordered by severity (worst first), then edition and position.
/// </summary>
public sealed class DetectorRunner(IEnumerable<IArtifactDetector> detectors)
{
    private readonly IReadOnlyList<IArtifactDetector> _detectors = detectors.ToList();

    public IReadOnlyList<string> CheckIds => _detectors.Select(d => d.Id).ToList();

    public (IReadOnlyList<Finding> Findings, IReadOnlyList<Problem> Problems) Run(DetectionContext context)
    {
        var findings = new List<Finding>();
        var problems = new List<Problem>();
        foreach (var detector in _detectors)
        {
            try
            {
                findings.AddRange(detector.Detect(context));
            }
#pragma warning disable CA1031 // A failing plug-in must not stop the others; its failure is recorded.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                problems.Add(new Problem("detect", "detect.check-failed", $"The check '{detector.Id}' failed and was skipped: {ex.Message}", detector.Id));
            }
        }

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Language, StringComparer.Ordinal)
            .ThenBy(f => f.Paragraph)
            .ThenBy(f => f.Start)
            .ThenBy(f => f.Check, StringComparer.Ordinal)
            .ToList();
        return (ordered, problems);
    }
}

using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>
/// Ranks editions by MQM-style penalty: minor 1, major 5, critical 25 points, per 1,000 words of the edition.
/// Findings put down to the engine (<see cref="FindingAttribution.Engine"/>) are not the edition's fault and do
/// not count. Editions come back worst first.
/// </summary>
public static class QualityScorer
{
    public static int Weight(Severity severity) => severity switch
    {
        Severity.Critical => 25,
        Severity.Major => 5,
        _ => 1,
    };

    public static IReadOnlyList<EditionQuality> Score(IEnumerable<Edition> editions, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(findings);
        var byLanguage = findings
            .Where(f => !string.Equals(f.Attribution, FindingAttribution.Engine, StringComparison.Ordinal))
            .ToLookup(f => f.Language, StringComparer.Ordinal);
        return editions
            .Select(e =>
            {
                var own = byLanguage[e.Language].ToList();
                var penalty = own.Sum(f => Weight(f.Severity));
                var words = Math.Max(1, e.WordCount);
                var perThousand = Math.Round(1000.0 * penalty / words, 2);
                return new EditionQuality(
                    e.Language,
                    e.WordCount,
                    own.Count(f => f.Severity == Severity.Minor),
                    own.Count(f => f.Severity == Severity.Major),
                    own.Count(f => f.Severity == Severity.Critical),
                    penalty,
                    perThousand,
                    Math.Max(0, Math.Round(100 - (perThousand / 10), 2)));
            })
            .OrderByDescending(q => q.PenaltyPerThousandWords)
            .ThenBy(q => q.Language, StringComparer.Ordinal)
            .ToList();
    }
}

using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Pipeline;

/// <summary>The result of comparing the editions of one article: the JSON report's model.</summary>
public sealed class ComparisonReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Name { get; init; }

    public required string PivotLanguage { get; init; }

    public required string ReferenceLanguage { get; init; }

    public string? OriginalLanguage { get; init; }

    public required string Translator { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<Edition> Editions { get; init; }

    public required IReadOnlyList<AlignmentGroup> Groups { get; init; }

    public required IReadOnlyList<ParagraphDiff> Diffs { get; init; }

    /// <summary>The findings still to review, worst first (dismissed ones are left out, see <see cref="DismissedFindings"/>).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>How many findings were left out because an editor had dismissed them in an earlier run.</summary>
    public int DismissedFindings { get; init; }

    /// <summary>Each edition's MQM-style quality, worst first (see <see cref="QualityScorer"/>).</summary>
    public IReadOnlyList<EditionQuality> Quality { get; init; } = [];

    /// <summary>Expected failures met on the way (an edition that could not be read, a check that failed).</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    public ComparisonStatistics Statistics { get; init; } = new();
}

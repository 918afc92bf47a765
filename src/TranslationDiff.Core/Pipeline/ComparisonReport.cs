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

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Expected failures met on the way (an edition that could not be read, a check that failed).</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    public ComparisonStatistics Statistics { get; init; } = new();
}

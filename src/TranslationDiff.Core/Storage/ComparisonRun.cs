using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.Core.Storage;

/// <summary>One run of a comparison as stored: what was asked, how it ended, and its report when it made one.</summary>
public sealed record ComparisonRun
{
    /// <summary>The run's id, chosen by the caller (a job id, a GUID); saving the same id again updates the run.</summary>
    public required string Id { get; init; }

    /// <summary>The comparison's name (the article set's name); runs of one comparison share it.</summary>
    public required string Name { get; init; }

    public required string PivotLanguage { get; init; }

    /// <summary>The reference edition's language, once known.</summary>
    public string? ReferenceLanguage { get; init; }

    /// <summary>The translation engine's name.</summary>
    public required string Engine { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public ComparisonRunStatus Status { get; init; }

    /// <summary>Expected failures met by the run (why it failed, or what it skipped).</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>The report; null for a run that made none, and in run listings (see <see cref="IComparisonStore.GetReportAsync"/>).</summary>
    public ComparisonReport? Report { get; init; }

    /// <summary>A run as the pipeline left it: succeeded with its report, or failed with its problems.</summary>
    public static ComparisonRun FromOutcome(string id, ComparisonRequest request, string engine, ComparisonOutcome outcome, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcome);
        return new ComparisonRun
        {
            Id = id,
            Name = request.Name,
            PivotLanguage = outcome.Report?.PivotLanguage ?? Model.LanguageTag.Normalize(request.PivotLanguage),
            ReferenceLanguage = outcome.Report?.ReferenceLanguage,
            Engine = outcome.Report?.Translator ?? engine,
            CreatedAt = outcome.Report?.CreatedAt ?? createdAt,
            Status = outcome.Succeeded ? ComparisonRunStatus.Succeeded : ComparisonRunStatus.Failed,
            Problems = outcome.Problems,
            Report = outcome.Report,
        };
    }
}

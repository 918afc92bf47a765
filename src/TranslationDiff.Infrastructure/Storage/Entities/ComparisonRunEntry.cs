using TranslationDiff.Core.Storage;

namespace TranslationDiff.Infrastructure.Storage.Entities;

/// <summary>A run of a comparison, with its problems and report as JSON.</summary>
internal sealed class ComparisonRunEntry
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string PivotLanguage { get; set; }

    public string? ReferenceLanguage { get; set; }

    public required string Engine { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ComparisonRunStatus Status { get; set; }

    /// <summary>The run's problems, a JSON array.</summary>
    public string ProblemsJson { get; set; } = "[]";

    /// <summary>The report as JSON (System.Text.Json, see ReportJson), or null.</summary>
    public string? ReportJson { get; set; }

    public List<RunEditionEntry> Editions { get; set; } = [];
}

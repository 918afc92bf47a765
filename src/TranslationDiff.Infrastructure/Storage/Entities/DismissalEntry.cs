namespace TranslationDiff.Infrastructure.Storage.Entities;

/// <summary>An editor's dismissal of a finding, keyed by the finding's fingerprint.</summary>
internal sealed class DismissalEntry
{
    public required string Fingerprint { get; set; }

    public required string Check { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }

    public string? Reason { get; set; }

    public string? DismissedBy { get; set; }

    public string? ComparisonName { get; set; }

    public DateTimeOffset DismissedAt { get; set; }
}

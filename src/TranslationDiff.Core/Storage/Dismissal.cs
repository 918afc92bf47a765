namespace TranslationDiff.Core.Storage;

/// <summary>An editor's decision that a finding is not an artifact; later runs do not raise it again.</summary>
/// <param name="Fingerprint">The finding's <see cref="Model.Finding.Fingerprint"/>.</param>
/// <param name="Check">The check that raised it.</param>
/// <param name="Language">The edition's language.</param>
/// <param name="Text">The flagged text, for people reading the list.</param>
/// <param name="Reason">Why it was dismissed, when the editor said.</param>
/// <param name="DismissedBy">Who dismissed it (a user name or "cli"), when known.</param>
/// <param name="DismissedAt">When.</param>
public sealed record Dismissal(
    string Fingerprint, string Check, string Language, string Text, string? Reason, string? DismissedBy, DateTimeOffset DismissedAt)
{
    /// <summary>The comparison the finding was seen in, when known.</summary>
    public string? ComparisonName { get; init; }
}

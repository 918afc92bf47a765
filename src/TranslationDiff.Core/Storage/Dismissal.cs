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
    /// <summary>Longest reason kept.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Longest <see cref="DismissedBy"/> kept.</summary>
    public const int MaxByLength = 200;

    /// <summary>Longest flagged text kept (longer text is cut; the fingerprint, not the text, identifies the finding).</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Why the reason or the name cannot be kept, or null when both fit.</summary>
    public static string? Validate(string? reason, string? by) =>
        reason is { Length: > MaxReasonLength } ? $"The reason is {reason.Length} characters long; keep it under {MaxReasonLength}."
        : by is { Length: > MaxByLength } ? $"The name is {by.Length} characters long; keep it under {MaxByLength}."
        : null;

    /// <summary>The comparison the finding was seen in, when known.</summary>
    public string? ComparisonName { get; init; }
}

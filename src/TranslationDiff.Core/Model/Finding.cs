namespace TranslationDiff.Core.Model;

/// <summary>A translation artifact found by a check, with where it is and why it was raised.</summary>
public sealed class Finding
{
    /// <summary>Id of the check that raised it, e.g. "numbers", "glued-words", "broken-sentence".</summary>
    public required string Check { get; init; }

    /// <summary>MQM category, e.g. "accuracy/mistranslation", "fluency/spelling", "locale/number-format".</summary>
    public required string Category { get; init; }

    public Severity Severity { get; init; } = Severity.Minor;

    public required string Language { get; init; }

    /// <summary>Paragraph index in the edition, or -1 for a finding about the whole edition.</summary>
    public int Paragraph { get; init; }

    /// <summary>Start of the span in the edition's original paragraph text (UTF-16 units).</summary>
    public int Start { get; init; }

    public int Length { get; init; }

    /// <summary>The flagged characters of the original paragraph.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Start of the span in the paragraph's pivot text, or -1 when it cannot be located there.</summary>
    public int PivotStart { get; init; } = -1;

    public int PivotLength { get; init; }

    /// <summary>What an editor needs to know, in plain words.</summary>
    public required string Message { get; init; }

    /// <summary>What the other editions say here: language to text.</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; init; } = new Dictionary<string, string>();

    /// <summary>Alignment group the paragraph belongs to, when known.</summary>
    public string? GroupId { get; init; }

    /// <summary>
    /// Whom the finding is put down to when a second translation route was compared (see
    /// <see cref="FindingAttribution"/>): "edition" when both routes show it, "engine" when only the primary
    /// route does (a likely engine artifact); null when no second route was available or the check reads only
    /// the edition's own text.
    /// </summary>
    public string? Attribution { get; set; }

    /// <summary>
    /// A stable id of the finding's text (check, language, flagged words and the sentence around them): the same
    /// artifact in a later run has the same fingerprint, so an editor's dismissal applies to it. Empty until the
    /// pipeline sets it.
    /// </summary>
    public string Fingerprint { get; set; } = string.Empty;
}

namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>
/// An artifact an editor marked: the edition, the paragraph, the exact text (its first occurrence there is the
/// span) and the check expected to find it. For an omitted paragraph, <see cref="Source"/> names the edition whose
/// paragraph <see cref="Paragraph"/> holds <see cref="Text"/>, and <see cref="Language"/> the edition that lacks it.
/// </summary>
public sealed class CorpusArtifact
{
    public string Language { get; set; } = string.Empty;

    public int Paragraph { get; set; }

    public string Text { get; set; } = string.Empty;

    public string Check { get; set; } = string.Empty;

    public string? Note { get; set; }

    public string? Source { get; set; }
}

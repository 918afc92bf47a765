namespace TranslationDiff.Analysis.Detection.Evaluation;

/// <summary>A paragraph of a corpus edition: its text, its pivot text (absent for the pivot language), the engine's unknown words.</summary>
public sealed class CorpusParagraph
{
    public string Text { get; set; } = string.Empty;

    public string? Pivot { get; set; }

    /// <summary>"paragraph" (default) or "heading".</summary>
    public string? Kind { get; set; }

    public IList<string>? Unknown { get; init; }

    /// <summary>Of <see cref="Unknown"/>, the words no analyser of the edition's language knows (absent: not looked up).</summary>
    public IList<string>? UnknownToLanguage { get; init; }

    /// <summary>The pieces of <see cref="Unknown"/>'s words that a dictionary of the language knows (absent: not looked up).</summary>
    public IList<string>? KnownParts { get; init; }
}

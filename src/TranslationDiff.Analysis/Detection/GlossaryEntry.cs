namespace TranslationDiff.Analysis.Detection;

/// <summary>A newsroom glossary entry: the preferred form of a term in one language, and forms to avoid.</summary>
public sealed class GlossaryEntry
{
    /// <summary>Language the entry applies to ("en").</summary>
    public string Language { get; set; } = string.Empty;

    /// <summary>The form the newsroom uses ("Kyiv").</summary>
    public string Preferred { get; set; } = string.Empty;

    /// <summary>Forms to flag ("Kiev").</summary>
    public IList<string> Avoid { get; init; } = [];
}

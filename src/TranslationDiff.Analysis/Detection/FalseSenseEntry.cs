namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A source word whose usual rendering is wrong in a given context (a false sense): « tir » of a missile is a
/// launch, not a "fire"; « juicio » in court is a trial, not a "judgment". Raised where an edition in
/// <see cref="Target"/> has <see cref="Rendering"/>, near <see cref="Cue"/> when one is given, and the aligned
/// paragraph of an edition in one of <see cref="Sources"/> has <see cref="Source"/>.
/// </summary>
public sealed class FalseSenseEntry
{
    /// <summary>Languages the source word belongs to ("fr", "es").</summary>
    public IList<string> Sources { get; init; } = [];

    /// <summary>A .NET regular expression for the source word, matched in the other edition's aligned paragraph.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>Language of the edition the wrong rendering is flagged in ("en").</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>A .NET regular expression for the wrong rendering, matched in the edition's paragraph.</summary>
    public string Rendering { get; set; } = string.Empty;

    /// <summary>
    /// Optional .NET regular expression for the context that makes the rendering wrong (missile, court), matched in
    /// the edition's sentence holding the rendering or the sentences either side; empty when the rendering is always wrong.
    /// </summary>
    public string Cue { get; set; } = string.Empty;

    /// <summary>What the source word means here, shown to the editor (« tir » of a missile).</summary>
    public string Meaning { get; set; } = string.Empty;

    /// <summary>The rendering to suggest ("launch").</summary>
    public string Suggestion { get; set; } = string.Empty;
}

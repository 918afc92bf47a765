namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A phrasing that betrays the language a text was translated from (a calque or a false friend): a regular
/// expression over the edition's text, the source languages whose wording it copies, and what to write instead.
/// An optional source anchor (<see cref="SourceCue"/>) makes the entry fire only where the source wording it
/// copies is really there, which keeps a broader pattern safe: "against 12%" only where the original has « contre »
/// or «frente a», "the direction" (for management) only where it has « direction », «dirección» or «direcció».
/// </summary>
public sealed class CalqueEntry
{
    /// <summary>Languages of the original whose wording the phrasing copies ("fr", "es").</summary>
    public IList<string> Sources { get; init; } = [];

    /// <summary>Language of the edition the phrasing is flagged in ("en").</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>A .NET regular expression matched against each paragraph's text (case-sensitive unless it starts with (?i)).</summary>
    public string Pattern { get; set; } = string.Empty;

    /// <summary>
    /// Optional source anchor: a .NET regular expression, matched ignoring case, that must match in the aligned
    /// paragraph of the original edition when the original is known and present (the entry then applies only when the
    /// original is in one of <see cref="Sources"/>), else of an edition in one of <see cref="Sources"/>. Empty: the
    /// entry fires wherever <see cref="Pattern"/> matches in an edition translated from one of its source languages.
    /// </summary>
    public string SourceCue { get; set; } = string.Empty;

    /// <summary>The source-language wording it copies (« assure »), shown to the editor.</summary>
    public string Original { get; set; } = string.Empty;

    /// <summary>The idiomatic rendering to suggest ("says").</summary>
    public string Suggestion { get; set; } = string.Empty;
}

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A phrasing that betrays the language a text was translated from (a calque or a false friend): a regular
/// expression over the edition's text, the source languages whose wording it copies, and what to write instead.
/// </summary>
public sealed class CalqueEntry
{
    /// <summary>Languages of the original whose wording the phrasing copies ("fr", "es").</summary>
    public IList<string> Sources { get; init; } = [];

    /// <summary>Language of the edition the phrasing is flagged in ("en").</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>A .NET regular expression matched against each paragraph's text.</summary>
    public string Pattern { get; set; } = string.Empty;

    /// <summary>The source-language wording it copies (« assure »), shown to the editor.</summary>
    public string Original { get; set; } = string.Empty;

    /// <summary>The idiomatic rendering to suggest ("says").</summary>
    public string Suggestion { get; set; } = string.Empty;
}

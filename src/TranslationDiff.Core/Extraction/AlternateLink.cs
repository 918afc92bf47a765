namespace TranslationDiff.Core.Extraction;

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c> of the page: another language edition.</summary>
public sealed record AlternateLink(string Language, string Href);

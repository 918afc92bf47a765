namespace TranslationDiff.Core.Pipeline;

/// <summary>One edition to compare: its language and where to get it (a path or an http(s) URL).</summary>
public sealed record EditionInput(string Language, string Location);

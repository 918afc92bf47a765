namespace TranslationDiff.Core.Sets;

/// <summary>One edition of a set: its language, its saved file (full path) and the URL it was published at.</summary>
public sealed record ArticleSetEdition(string Language, string Path, string? Url);

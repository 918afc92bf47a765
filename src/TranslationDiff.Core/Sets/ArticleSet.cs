namespace TranslationDiff.Core.Sets;

/// <summary>An article's editions as a manifest describes them (seeds/NAME/manifest.json).</summary>
public sealed class ArticleSet
{
    public required string Name { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The pivot language the set is compared in.</summary>
    public required string Pivot { get; init; }

    /// <summary>The edition the others were translated from, when known.</summary>
    public string? Original { get; init; }

    public string Notes { get; init; } = string.Empty;

    /// <summary>The folder holding the manifest; edition files are relative to it.</summary>
    public required string Directory { get; init; }

    public required IReadOnlyList<ArticleSetEdition> Editions { get; init; }
}

namespace TranslationDiff.Core.Extraction;

/// <summary>The main text of a page: title, blocks in reading order, declared language and alternates.</summary>
public sealed record ExtractedArticle
{
    public required string Title { get; init; }

    public required IReadOnlyList<ArticleBlock> Blocks { get; init; }

    /// <summary>Language the page declares (html lang, content-language), if any.</summary>
    public string? DeclaredLanguage { get; init; }

    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    /// <summary>Which extractor produced it ("smartreader", "anglesharp", "text").</summary>
    public string Extractor { get; init; } = string.Empty;

    /// <summary>The charset the bytes were decoded with.</summary>
    public string Encoding { get; init; } = "utf-8";
}

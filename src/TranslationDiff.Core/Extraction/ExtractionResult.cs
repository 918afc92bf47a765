using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Extraction;

/// <summary>An extracted article, or why no article text could be found.</summary>
public sealed record ExtractionResult(ExtractedArticle? Article, Problem? Problem)
{
    public bool Succeeded => Article is not null;

    public static ExtractionResult Ok(ExtractedArticle article) => new(article, null);

    public static ExtractionResult Failed(string code, string message, string location) =>
        new(null, new Problem("extract", code, message, location));
}

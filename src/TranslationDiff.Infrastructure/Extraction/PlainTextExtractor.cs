using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Model;
using TranslationDiff.Infrastructure.Text;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>
/// Pasted or saved plain text: one paragraph per non-empty line. A short line without closing
/// punctuation is taken as an intertitle (heading). There is no title: the first line stays a paragraph.
/// </summary>
internal static class PlainTextExtractor
{
    public static ExtractionResult Extract(string text, string location, string charset)
    {
        var lines = text.Split('\n')
            .Select(TextNormalizer.Collapse)
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return ExtractionResult.Failed("extract.empty", "The text is empty; give a file with the article's paragraphs, one per line.", location);
        }

        var blocks = lines.Select(l => new ArticleBlock(LooksLikeHeading(l) ? BlockKind.Heading : BlockKind.Paragraph, l)).ToList();
        return ExtractionResult.Ok(new ExtractedArticle
        {
            Title = string.Empty,
            Blocks = blocks,
            Extractor = "text",
            Encoding = charset,
        });
    }

    private static bool LooksLikeHeading(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var last = line.TrimEnd('"', '\'', '”', '’', '»', ' ', '\u00A0')[^1..];
        return words <= 8 && line.Length <= 80 && last is not ("." or "!" or "?" or ":" or ";" or ",");
    }
}

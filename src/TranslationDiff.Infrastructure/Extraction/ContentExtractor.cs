using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Fetching;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>Decodes the page and hands it to the HTML or the plain-text extractor.</summary>
internal sealed class ContentExtractor : IContentExtractor
{
    public ExtractionResult Extract(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Content.Length == 0)
        {
            return ExtractionResult.Failed("extract.empty", "The page is empty.", page.Location);
        }

        var (text, charset) = CharsetDecoder.Decode(page.Content, page.Charset);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return ExtractionResult.Failed("extract.not-text", "This is not a web page or a text file (it holds binary data).", page.Location);
        }

        return IsHtml(page.MediaType, text)
            ? HtmlArticleExtractor.Extract(text, page.FinalLocation, charset)
            : PlainTextExtractor.Extract(text, page.Location, charset);
    }

    private static bool IsHtml(string? mediaType, string text)
    {
        if (mediaType is "text/html" or "application/xhtml+xml")
        {
            return true;
        }

        if (mediaType is "text/plain")
        {
            return false;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase);
    }
}

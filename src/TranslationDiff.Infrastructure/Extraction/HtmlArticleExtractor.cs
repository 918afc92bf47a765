using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Model;
using TranslationDiff.Infrastructure.Text;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>
/// Finds the main text of an HTML page: SmartReader (a Readability port) first; when it finds nothing
/// readable, an AngleSharp fallback that strips the site chrome and takes the densest block of paragraphs.
/// Title, declared language and hreflang alternates always come from the page itself.
/// </summary>
internal static class HtmlArticleExtractor
{
    public static ExtractionResult Extract(string html, string location, string charset)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = TitleOf(document);
        var language = document.DocumentElement.GetAttribute("lang")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content");
        var alternates = document.QuerySelectorAll("link[rel~='alternate'][hreflang]")
            .Select(l => new AlternateLink(l.GetAttribute("hreflang")!, l.GetAttribute("href") ?? string.Empty))
            .Where(a => a.Href.Length > 0)
            .ToList();

        var baseUri = BaseUri(document, location);
        ChromeStripper.Strip(document);
        var (blocks, extractor) = FromSmartReader(document.DocumentElement.OuterHtml, baseUri);
        if (blocks.Count == 0)
        {
            blocks = FromDensestBlock(document);
            extractor = "anglesharp";
        }

        blocks = DropRepeatedTitle(blocks, title);
        if (blocks.Count == 0)
        {
            return ExtractionResult.Failed(
                "extract.no-article",
                "No article text was found on this page (it may need JavaScript, a login, or be an index page). Save the article from a browser, or paste its text into a .txt file.",
                location);
        }

        return ExtractionResult.Ok(new ExtractedArticle
        {
            Title = title,
            Blocks = blocks,
            DeclaredLanguage = string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
            Alternates = alternates,
            Extractor = extractor,
            Encoding = charset,
        });
    }

    private static (List<ArticleBlock> Blocks, string Extractor) FromSmartReader(string html, string baseUri)
    {
        var article = new SmartReader.Reader(baseUri, html).GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return ([], "smartreader");
        }

        var content = new HtmlParser().ParseDocument(article.Content);
        var body = content.Body;
        return (body is null ? [] : BlockCollector.Collect(body), "smartreader");
    }

    private static List<ArticleBlock> FromDensestBlock(IHtmlDocument document)
    {
        var candidate = document.QuerySelectorAll("article, main, [itemprop=articleBody]")
            .OrderByDescending(e => ParagraphTextLength(e))
            .FirstOrDefault();
        if (candidate is null || ParagraphTextLength(candidate) == 0)
        {
            candidate = document.QuerySelectorAll("p")
                .Select(p => p.ParentElement)
                .OfType<IElement>()
                .Distinct()
                .OrderByDescending(ParagraphTextLength)
                .FirstOrDefault();
        }

        return candidate is null ? [] : BlockCollector.Collect(candidate);
    }

    private static int ParagraphTextLength(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    private static List<ArticleBlock> DropRepeatedTitle(List<ArticleBlock> blocks, string title)
    {
        if (blocks.Count > 0 && blocks[0].Kind == BlockKind.Heading
            && string.Equals(blocks[0].Text, title, StringComparison.Ordinal))
        {
            return blocks.Skip(1).ToList();
        }

        return blocks;
    }

    private static string TitleOf(IHtmlDocument document)
    {
        var h1 = document.QuerySelector("article h1, main h1, h1")?.TextContent;
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        var candidate = !string.IsNullOrWhiteSpace(h1) ? h1 : !string.IsNullOrWhiteSpace(og) ? og : document.Title;
        return TextNormalizer.Collapse(candidate ?? string.Empty);
    }

    private static string BaseUri(IHtmlDocument document, string location)
    {
        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        if (Uri.TryCreate(canonical, UriKind.Absolute, out var c) && c.Scheme is "http" or "https")
        {
            return c.ToString();
        }

        return Uri.TryCreate(location, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? u.ToString()
            : "https://local.invalid/article";
    }
}

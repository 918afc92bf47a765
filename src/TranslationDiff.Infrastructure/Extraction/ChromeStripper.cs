using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>
/// Removes site chrome before extraction: scripts and styles, navigation, footers, forms, and elements whose
/// class or id names them as metadata, ads, promotion or widgets (tokens of the name such as "meta", "byline",
/// "ad", "related", "live", "cookie"). An element that holds several long paragraphs is kept whatever its
/// name, so that a body class like "article has-ads" cannot take the article with it.
/// </summary>
internal static class ChromeStripper
{
    private const string StructuralChrome =
        "script, style, noscript, template, nav, footer, form, iframe, svg, button, time, ins, figure, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    private static readonly HashSet<string> ChromeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "meta", "byline", "by", "sign", "signature", "author", "authors", "date", "dates", "dateline", "label", "kicker", "eyebrow", "tag", "tags",
        "ad", "ads", "advert", "advertisement", "pub", "publicite", "publicidad", "sponsor", "sponsored", "promo", "teaser",
        "related", "recommended", "readmore", "share", "sharing", "social", "newsletter", "subscribe", "paywall",
        "cookie", "cookies", "consent", "gdpr", "banner", "live", "liveblog", "ticker", "translation", "credit", "credits",
        "breadcrumb", "breadcrumbs", "comment", "comments", "sidebar", "widget", "menu", "popup", "modal", "toolbar",
        "footer", "masthead", "navigation", "nav", "skip", "print", "caption",
    };

    public static void Strip(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll(StructuralChrome).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.TagName is "HTML" or "BODY" or "MAIN" or "ARTICLE" || element.Parent is null)
            {
                continue;
            }

            if (NamedAsChrome(element) && !HoldsArticleText(element))
            {
                element.Remove();
            }
        }
    }

    private static bool NamedAsChrome(IElement element)
    {
        var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(ChromeTokens.Contains);
    }

    private static bool HoldsArticleText(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Trim().Length > 80) >= 3;
}

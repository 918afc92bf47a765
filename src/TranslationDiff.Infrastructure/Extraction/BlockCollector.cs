using AngleSharp.Dom;
using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Model;
using TranslationDiff.Infrastructure.Text;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>Collects the text blocks (paragraphs, headings, quotes, list items) under an element, in reading order.</summary>
internal static class BlockCollector
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "FORM", "FIGURE",
    };

    public static List<ArticleBlock> Collect(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var blocks = new List<ArticleBlock>();
        Walk(root, blocks);
        return blocks;
    }

    private static void Walk(IElement element, List<ArticleBlock> blocks)
    {
        foreach (var child in element.Children)
        {
            if (SkippedTags.Contains(child.TagName))
            {
                continue;
            }

            if (BlockTags.Contains(child.TagName) && !HasBlockDescendant(child))
            {
                Add(blocks, KindOf(child), child.TextContent);
            }
            else if (child.TagName is "DIV" or "SECTION" && !HasBlockDescendant(child) && DirectText(child).Length > 0)
            {
                Add(blocks, BlockKind.Paragraph, child.TextContent);
            }
            else
            {
                Walk(child, blocks);
            }
        }
    }

    private static void Add(List<ArticleBlock> blocks, BlockKind kind, string raw)
    {
        var text = TextNormalizer.Collapse(raw);
        if (text.Length > 0)
        {
            blocks.Add(new ArticleBlock(kind, text));
        }
    }

    private static bool HasBlockDescendant(IElement element) =>
        element.QuerySelectorAll("*").Any(e => BlockTags.Contains(e.TagName) || e.TagName is "DIV" or "SECTION");

    private static string DirectText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();

    private static BlockKind KindOf(IElement element) => element.TagName.ToUpperInvariant() switch
    {
        "H1" or "H2" or "H3" or "H4" or "H5" or "H6" => BlockKind.Heading,
        "BLOCKQUOTE" => BlockKind.Quote,
        "LI" or "DD" or "DT" => BlockKind.ListItem,
        _ => BlockKind.Paragraph,
    };
}

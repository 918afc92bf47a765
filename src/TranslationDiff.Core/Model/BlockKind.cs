namespace TranslationDiff.Core.Model;

/// <summary>What kind of block a paragraph of the main text was on the page.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    Quote,
    ListItem,
}

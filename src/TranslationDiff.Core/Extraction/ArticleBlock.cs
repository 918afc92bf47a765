using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Extraction;

/// <summary>A block of the article's main text.</summary>
public sealed record ArticleBlock(BlockKind Kind, string Text);

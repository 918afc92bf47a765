using System.Text;
using TranslationDiff.Core.Extraction;
using TranslationDiff.Core.Fetching;
using TranslationDiff.Core.Model;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>Test extractor: the first line is the title, every other non-empty line a paragraph.</summary>
public sealed class LineExtractor : IContentExtractor
{
    public ExtractionResult Extract(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = Encoding.UTF8.GetString(page.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2)
        {
            return ExtractionResult.Failed("extract.no-article", "No article text.", page.Location);
        }

        return ExtractionResult.Ok(new ExtractedArticle
        {
            Title = lines[0],
            Blocks = lines.Skip(1).Select(l => new ArticleBlock(BlockKind.Paragraph, l)).ToList(),
        });
    }
}

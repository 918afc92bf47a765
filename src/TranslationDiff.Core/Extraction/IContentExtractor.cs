using TranslationDiff.Core.Fetching;

namespace TranslationDiff.Core.Extraction;

/// <summary>Finds the article's title and main-text paragraphs in a fetched page.</summary>
public interface IContentExtractor
{
    ExtractionResult Extract(FetchedPage page);
}

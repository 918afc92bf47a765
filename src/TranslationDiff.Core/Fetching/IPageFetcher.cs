namespace TranslationDiff.Core.Fetching;

/// <summary>Fetches a page from a file path or an http(s) URL.</summary>
public interface IPageFetcher
{
    Task<FetchResult> FetchAsync(string location, CancellationToken cancellationToken);
}

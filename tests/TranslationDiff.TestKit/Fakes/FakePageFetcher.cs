using System.Text;
using TranslationDiff.Core.Fetching;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>Serves pages from memory by location; unknown locations fail like a missing file.</summary>
public sealed class FakePageFetcher : IPageFetcher
{
    private readonly Dictionary<string, (byte[] Content, string MediaType)> _pages = new(StringComparer.Ordinal);

    public List<string> Requested { get; } = [];

    public FakePageFetcher Add(string location, string content, string mediaType = "text/plain")
    {
        _pages[location] = (Encoding.UTF8.GetBytes(content), mediaType);
        return this;
    }

    public Task<FetchResult> FetchAsync(string location, CancellationToken cancellationToken)
    {
        Requested.Add(location);
        if (!_pages.TryGetValue(location, out var page))
        {
            return Task.FromResult(FetchResult.Failed("fetch.not-found", $"No file at '{location}'.", location));
        }

        return Task.FromResult(FetchResult.Ok(new FetchedPage
        {
            Location = location,
            FinalLocation = location,
            Content = page.Content,
            MediaType = page.MediaType,
            FetchedAt = new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero),
        }));
    }
}

using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Fetching;

/// <summary>A fetched page, or the reason it could not be fetched.</summary>
public sealed record FetchResult(FetchedPage? Page, Problem? Problem)
{
    public bool Succeeded => Page is not null;

    public static FetchResult Ok(FetchedPage page) => new(page, null);

    public static FetchResult Failed(string code, string message, string location) =>
        new(null, new Problem("fetch", code, message, location));
}

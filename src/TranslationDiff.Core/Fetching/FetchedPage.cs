namespace TranslationDiff.Core.Fetching;

/// <summary>The raw bytes of a page as fetched, with what the transport said about them.</summary>
public sealed record FetchedPage
{
    /// <summary>What was asked for: a URL or a path.</summary>
    public required string Location { get; init; }

    /// <summary>Where the content finally came from (after redirects), or the full path.</summary>
    public required string FinalLocation { get; init; }

    public required byte[] Content { get; init; }

    /// <summary>Media type from the transport ("text/html"), or guessed from the file name.</summary>
    public string? MediaType { get; init; }

    /// <summary>Charset from the transport (HTTP Content-Type), when given.</summary>
    public string? Charset { get; init; }

    public DateTimeOffset FetchedAt { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}

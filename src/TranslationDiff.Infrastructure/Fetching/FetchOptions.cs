using System.ComponentModel.DataAnnotations;

namespace TranslationDiff.Infrastructure.Fetching;

/// <summary>Configuration section <c>Fetching</c>.</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetching";

    /// <summary>Seconds before a request is abandoned.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Largest page accepted, in bytes.</summary>
    [Range(1024, 100_000_000)]
    public int MaxBytes { get; set; } = 10_000_000;

    [Required]
    public string UserAgent { get; set; } = "TranslationDiff/1.0 (+https://github.com/translationdiff)";

    /// <summary>
    /// Allow fetching from loopback, private (RFC 1918), link-local and other non-public addresses.
    /// Off by default so that a URL typed into the product cannot reach the newsroom's internal network.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Allow file paths as edition locations (the CLI does; the web app does not).</summary>
    public bool AllowFiles { get; set; } = true;
}

using System.ComponentModel.DataAnnotations;

namespace TranslationDiff.Infrastructure.Translation;

/// <summary>Configuration section <c>Translation</c>.</summary>
public sealed class TranslationOptions
{
    public const string Section = "Translation";

    /// <summary>Default engine: "apertium", "apertium-apy", "azure" or "none". Key: <c>Translation:Engine</c>.</summary>
    [Required]
    public string Engine { get; set; } = "apertium";
}

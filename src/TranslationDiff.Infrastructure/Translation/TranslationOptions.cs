using System.ComponentModel.DataAnnotations;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Translation;

/// <summary>Configuration section <c>Translation</c>.</summary>
public sealed class TranslationOptions
{
    public const string Section = "Translation";

    /// <summary>Default engine: "apertium", "apertium-apy", "azure" or "none". Key: <c>Translation:Engine</c>.</summary>
    [Required]
    public string Engine { get; set; } = "apertium";

    /// <summary>The Apertium engines (local program and APy service). Section <c>Translation:Apertium</c>.</summary>
    public ApertiumOptions Apertium { get; set; } = new();
}

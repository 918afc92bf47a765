using System.ComponentModel.DataAnnotations;
using TranslationDiff.Infrastructure.Translation.Apertium;
using TranslationDiff.Infrastructure.Translation.Azure;

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
    /// <summary>The Azure Translator engine. Keys: <c>Translation:Azure:*</c> (environment: <c>Translation__Azure__*</c>).</summary>
    public AzureTranslatorOptions Azure { get; set; } = new();
}

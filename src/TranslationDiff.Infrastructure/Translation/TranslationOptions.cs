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

    /// <summary>
    /// Where the second translation comes from that tells edition artifacts from engine artifacts: "auto" (the same
    /// engine by another route when it has one, e.g. Apertium fr>ca>en beside fr>es>en; Apertium beside Azure), "off",
    /// or an engine name. Key: <c>Translation:SecondOpinion</c>.
    /// </summary>
    public string SecondOpinion { get; set; } = "auto";

    /// <summary>The Apertium engines (local program and APy service). Section <c>Translation:Apertium</c>.</summary>
    public ApertiumOptions Apertium { get; set; } = new();
    /// <summary>The Azure Translator engine. Keys: <c>Translation:Azure:*</c> (environment: <c>Translation__Azure__*</c>).</summary>
    public AzureTranslatorOptions Azure { get; set; } = new();
}

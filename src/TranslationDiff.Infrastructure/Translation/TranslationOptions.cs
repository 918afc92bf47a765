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

    /// <summary>
    /// Word lists (one word a line, any case) that a language's dictionary check also consults, by language code,
    /// paths separated by commas; files that are absent are skipped, and a language with none present is not
    /// checked. A word counts as unknown only when Apertium's analyser and every list lack it. Keys:
    /// <c>Translation:WordLists:en</c>. Default for English: Debian's wamerican-large and wbritish-large (and the
    /// smaller lists when only those are installed).
    /// </summary>
    public Dictionary<string, string> WordLists { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "/usr/share/dict/american-english-large,/usr/share/dict/british-english-large,/usr/share/dict/american-english,/usr/share/dict/british-english",
    };

    /// <summary>The Apertium engines (local program and APy service). Section <c>Translation:Apertium</c>.</summary>
    public ApertiumOptions Apertium { get; set; } = new();
    /// <summary>The Azure Translator engine. Keys: <c>Translation:Azure:*</c> (environment: <c>Translation__Azure__*</c>).</summary>
    public AzureTranslatorOptions Azure { get; set; } = new();
}

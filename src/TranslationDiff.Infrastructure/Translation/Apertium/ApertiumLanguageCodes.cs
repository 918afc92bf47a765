using TranslationDiff.Core.Model;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Maps Apertium's language codes (2 or 3 letters, with an optional <c>_variant</c>: <c>fr</c>, <c>spa</c>,
/// <c>eng_US</c>, <c>cat_valencia</c>) to the model's codes, and back again only through the mode names it read.
/// </summary>
internal static class ApertiumLanguageCodes
{
    // Codes Apertium pairs use that LanguageTag does not map (ISO 639-3 to ISO 639-1).
    private static readonly Dictionary<string, string> Extra = new(StringComparer.OrdinalIgnoreCase)
    {
        ["afr"] = "af", ["arg"] = "an", ["bel"] = "be", ["bul"] = "bg", ["dan"] = "da", ["hin"] = "hi",
        ["ind"] = "id", ["isl"] = "is", ["mkd"] = "mk", ["nno"] = "nn", ["nob"] = "nb", ["nor"] = "no",
        ["pol"] = "pl", ["slv"] = "sl", ["srd"] = "sc", ["swe"] = "sv", ["urd"] = "ur", ["bre"] = "br",
    };

    /// <summary>Splits an engine code into the model's language code and the variant ("eng_US" gives en, US).</summary>
    public static (string Language, string? Variant) Parse(string engineCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engineCode);
        var underscore = engineCode.IndexOf('_', StringComparison.Ordinal);
        var code = underscore < 0 ? engineCode : engineCode[..underscore];
        var variant = underscore < 0 ? null : engineCode[(underscore + 1)..];
        return (ToModel(code), string.IsNullOrEmpty(variant) ? null : variant);
    }

    /// <summary>The model's code for an engine's language code without variant ("spa" gives "es").</summary>
    public static string ToModel(string code) =>
        Extra.TryGetValue(code, out var two) ? two : LanguageTag.Primary(code);
}

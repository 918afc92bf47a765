using System.Globalization;

namespace TranslationDiff.Core.Model;

/// <summary>Language codes as the model keeps them: lower-case BCP-47 (ISO 639-1 where one exists).</summary>
public static class LanguageTag
{
    private static readonly Dictionary<string, string> ThreeLetterToTwo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = "en", ["fra"] = "fr", ["fre"] = "fr", ["spa"] = "es", ["cat"] = "ca", ["deu"] = "de", ["ger"] = "de",
        ["ita"] = "it", ["por"] = "pt", ["nld"] = "nl", ["dut"] = "nl", ["kor"] = "ko", ["rus"] = "ru", ["ukr"] = "uk",
        ["oci"] = "oc", ["glg"] = "gl", ["eus"] = "eu", ["baq"] = "eu", ["ron"] = "ro", ["rum"] = "ro", ["epo"] = "eo",
    };

    /// <summary>Normalises "FR", "fra", "fr_FR" or "en-us" to the model's form ("fr", "fr-fr", "en-us").</summary>
    public static string Normalize(string tag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var primary = parts[0].ToLowerInvariant();
        if (ThreeLetterToTwo.TryGetValue(primary, out var two))
        {
            primary = two;
        }

        return parts.Length == 1 ? primary : primary + "-" + string.Join('-', parts.Skip(1)).ToLowerInvariant();
    }

    /// <summary>The primary subtag: "fr" for "fr-ca".</summary>
    public static string Primary(string tag) => Normalize(tag).Split('-')[0];

    /// <summary>True when both tags name the same primary language.</summary>
    public static bool SameLanguage(string a, string b) => string.Equals(Primary(a), Primary(b), StringComparison.Ordinal);

    /// <summary>Whether the tag looks like a language code (2-3 letters, optional subtags).</summary>
    public static bool IsWellFormed(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var parts = tag.Replace('_', '-').Split('-');
        return parts[0].Length is 2 or 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>A culture for number and casing rules, falling back to the invariant culture.</summary>
    public static CultureInfo Culture(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(Primary(tag));
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}

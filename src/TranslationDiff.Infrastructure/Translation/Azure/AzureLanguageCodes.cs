using TranslationDiff.Core.Model;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// Where the model's language codes (lower-case BCP-47, ISO 639-1 first) and Azure's differ: Chinese by
/// script, Norwegian as Bokmål, Filipino, the old Hebrew code, Serbian by script, Brazilian Portuguese as "pt".
/// </summary>
internal static class AzureLanguageCodes
{
    private static readonly Dictionary<string, string> ModelToAzure = new(StringComparer.Ordinal)
    {
        ["zh"] = "zh-Hans",
        ["zh-cn"] = "zh-Hans",
        ["zh-sg"] = "zh-Hans",
        ["zh-hans"] = "zh-Hans",
        ["zh-tw"] = "zh-Hant",
        ["zh-hk"] = "zh-Hant",
        ["zh-mo"] = "zh-Hant",
        ["zh-hant"] = "zh-Hant",
        ["no"] = "nb",
        ["tl"] = "fil",
        ["iw"] = "he",
        ["sr"] = "sr-Cyrl",
        ["pt-br"] = "pt",
    };

    private static readonly Dictionary<string, string> AzureToModel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-Hans"] = "zh",
        ["zh-Hant"] = "zh-tw",
    };

    /// <summary>The codes to try against the service's list, best first: the mapped tag, the tag, its primary subtag.</summary>
    public static IReadOnlyList<string> Candidates(string modelTag)
    {
        var tag = LanguageTag.Normalize(modelTag);
        var primary = LanguageTag.Primary(tag);
        var candidates = new List<string>(4);
        Add(candidates, ModelToAzure.GetValueOrDefault(tag));
        Add(candidates, tag);
        Add(candidates, ModelToAzure.GetValueOrDefault(primary));
        Add(candidates, primary);
        return candidates;
    }

    /// <summary>The model's code for one of Azure's codes (zh-Hans -> zh; others normalised).</summary>
    public static string ToModel(string azureCode) =>
        AzureToModel.TryGetValue(azureCode, out var model) ? model : LanguageTag.Normalize(azureCode);

    private static void Add(List<string> candidates, string? code)
    {
        if (code is not null && !candidates.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            candidates.Add(code);
        }
    }
}

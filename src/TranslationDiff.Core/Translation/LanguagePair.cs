namespace TranslationDiff.Core.Translation;

/// <summary>A direction an engine can translate, possibly through intermediate languages.</summary>
public sealed record LanguagePair(string Source, string Target, IReadOnlyList<string>? Via = null)
{
    public override string ToString() =>
        Via is { Count: > 0 } ? $"{Source}>{string.Join('>', Via)}>{Target}" : $"{Source}>{Target}";
}

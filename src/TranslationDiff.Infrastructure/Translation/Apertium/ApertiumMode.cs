using System.Text.RegularExpressions;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// One installed translation direction: the model's languages, and the engine's own codes needed to call it
/// (the mode name <c>spa-eng</c> for the CLI, the pair <c>spa|eng</c> for APy).
/// </summary>
internal sealed partial record ApertiumMode(string Source, string Target, string EngineSource, string EngineTarget)
{
    /// <summary>The mode name given to <c>apertium</c>: <c>fr-es</c>, <c>spa-eng_US</c>.</summary>
    public string Name => $"{EngineSource}-{EngineTarget}";

    /// <summary>The <c>langpair</c> value APy takes: <c>fra|spa</c>.</summary>
    public string ApyPair => $"{EngineSource}|{EngineTarget}";

    /// <summary>The variant of either side (<c>US</c> in <c>spa-eng_US</c>), or null for a standard mode.</summary>
    public string? Variant => ApertiumLanguageCodes.Parse(EngineTarget).Variant ?? ApertiumLanguageCodes.Parse(EngineSource).Variant;

    /// <summary>Reads a mode name such as <c>fr-es</c> or <c>eng-cat_valencia</c>; null for other modes (<c>eco-fr-es</c>, analysers).</summary>
    public static ApertiumMode? FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = ModeName().Match(name);
        return match.Success ? FromCodes(match.Groups["src"].Value, match.Groups["trg"].Value) : null;
    }

    /// <summary>Builds a mode from the engine's two codes (as APy's <c>/listPairs</c> gives them); null when malformed.</summary>
    public static ApertiumMode? FromCodes(string engineSource, string engineTarget)
    {
        if (!EngineCode().IsMatch(engineSource ?? string.Empty) || !EngineCode().IsMatch(engineTarget ?? string.Empty))
        {
            return null;
        }

        var source = ApertiumLanguageCodes.Parse(engineSource!).Language;
        var target = ApertiumLanguageCodes.Parse(engineTarget!).Language;
        return source == target ? null : new ApertiumMode(source, target, engineSource!, engineTarget!);
    }

    /// <summary>True when this is the variant mode <paramref name="name"/> names (compared by languages and variant).</summary>
    public bool IsNamed(string name)
    {
        var other = FromName(name);
        return other is not null && other.Source == Source && other.Target == Target
            && string.Equals(other.Variant, Variant, StringComparison.OrdinalIgnoreCase);
    }

    public override string ToString() => Name;

    [GeneratedRegex("^(?<src>[a-z]{2,3}(?:_[A-Za-z0-9]+)*)-(?<trg>[a-z]{2,3}(?:_[A-Za-z0-9]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModeName();

    [GeneratedRegex("^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EngineCode();
}

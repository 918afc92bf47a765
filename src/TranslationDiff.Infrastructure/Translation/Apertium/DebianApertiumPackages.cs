namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// The Apertium language-pair packages Debian ships (from <c>apt-cache search apertium-</c> on Debian 13),
/// used to tell an editor what to install when no route exists.
/// </summary>
internal static class DebianApertiumPackages
{
    private static readonly string[] Names =
    [
        "apertium-afr-nld", "apertium-arg-cat", "apertium-bel-rus", "apertium-br-fr", "apertium-cat-ita", "apertium-cat-srd",
        "apertium-dan-nor", "apertium-en-gl", "apertium-eng-cat", "apertium-eng-spa", "apertium-eo-ca", "apertium-eo-en",
        "apertium-eo-es", "apertium-eo-fr", "apertium-es-gl", "apertium-es-pt", "apertium-es-ro", "apertium-eu-en",
        "apertium-eu-es", "apertium-fr-es", "apertium-fra-cat", "apertium-fra-frp", "apertium-hbs-eng", "apertium-hbs-mkd",
        "apertium-hbs-slv", "apertium-ind-zlm", "apertium-isl-eng", "apertium-isl-swe", "apertium-mkd-bul", "apertium-mkd-eng",
        "apertium-nno-nob", "apertium-oc-ca", "apertium-oc-es", "apertium-oci-fra", "apertium-pol-szl", "apertium-por-cat",
        "apertium-pt-gl", "apertium-rus-ukr", "apertium-spa-arg", "apertium-spa-ast", "apertium-spa-cat", "apertium-spa-ita",
        "apertium-srd-ita", "apertium-swe-dan", "apertium-swe-nor", "apertium-urd-hin",
    ];

    private static readonly IReadOnlyList<(string Package, string A, string B)> Pairs = Names
        .Select(n => n["apertium-".Length..].Split('-'))
        .Select((parts, i) => (Names[i], ApertiumLanguageCodes.ToModel(parts[0]), ApertiumLanguageCodes.ToModel(parts[1])))
        .ToList();

    /// <summary>
    /// Packages that would serve <paramref name="source"/> to <paramref name="target"/>: the pair's own package
    /// when Debian has one, else packages linking either side to a language already installed (or to each other
    /// through one more package). Empty when Debian has nothing for one of the languages.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string source, string target, IReadOnlyCollection<string> installedLanguages)
    {
        ArgumentNullException.ThrowIfNull(installedLanguages);
        var direct = Pairs.Where(p => Links(p, source, target)).Select(p => p.Package).ToList();
        if (direct.Count > 0)
        {
            return direct;
        }

        var reachable = installedLanguages.Where(l => l != source && l != target).ToHashSet(StringComparer.Ordinal);
        var fromSource = Pairs.Where(p => Touches(p, source) && reachable.Contains(Other(p, source))).Select(p => p.Package).ToList();
        var toTarget = Pairs.Where(p => Touches(p, target) && reachable.Contains(Other(p, target))).Select(p => p.Package).ToList();
        var sourceKnown = installedLanguages.Contains(source) || fromSource.Count > 0;
        var targetKnown = installedLanguages.Contains(target) || toTarget.Count > 0;
        if (!sourceKnown || !targetKnown)
        {
            return [];
        }

        return fromSource.Take(2).Concat(toTarget.Take(2)).Distinct().ToList();
    }

    /// <summary>The package serving a direction, when Debian has one (for the apt-get hint of a missing engine).</summary>
    public static string? For(string source, string target) =>
        Pairs.Where(p => Links(p, source, target)).Select(p => p.Package).FirstOrDefault();

    private static bool Links((string Package, string A, string B) p, string x, string y) =>
        (p.A == x && p.B == y) || (p.A == y && p.B == x);

    private static bool Touches((string Package, string A, string B) p, string language) => p.A == language || p.B == language;

    private static string Other((string Package, string A, string B) p, string language) => p.A == language ? p.B : p.A;
}

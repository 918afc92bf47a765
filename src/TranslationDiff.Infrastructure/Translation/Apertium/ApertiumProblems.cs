using System.Globalization;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>The expected failures of the Apertium adapters, worded for an editor who has to fix them.</summary>
internal static class ApertiumProblems
{
    public const string UnsupportedPair = "translate.unsupported-pair";
    public const string EngineUnavailable = "translate.engine-unavailable";
    public const string EngineFailed = "translate.engine-failed";
    public const string EngineTimeout = "translate.engine-timeout";

    /// <summary>No installed pair or chain of pairs joins the two languages.</summary>
    public static TranslationResult NoRoute(string engine, string source, string target, RouteFinder finder, int maxHops, bool remote)
    {
        ArgumentNullException.ThrowIfNull(finder);
        var installed = finder.Modes.Count == 0
            ? "none"
            : string.Join(", ", finder.Modes.Select(m => $"{m.Source}>{m.Target} ({m.Name})"));
        var packages = DebianApertiumPackages.Suggest(source, target, finder.Languages);
        var where = remote ? "on the APy server, then restart apertium-apy" : "then run the comparison again";
        var advice = packages.Count > 0
            ? $"Install {string.Join(" and ", packages)} (sudo apt-get install {string.Join(' ', packages)}) {where}."
            : $"Debian packages no Apertium pair that would join {source} and {target} to the installed languages: `apt-cache search apertium-` lists the packaged pairs and https://wiki.apertium.org/wiki/List_of_language_pairs the others{(remote ? ", to be installed on the APy server" : string.Empty)}. Otherwise choose another engine (--translator azure).";
        return TranslationResult.Failed(
            UnsupportedPair,
            string.Create(CultureInfo.InvariantCulture, $"The {engine} engine cannot translate {source} to {target}: no installed pair joins them, directly or through up to {maxHops - 1} intermediate languages. Installed pairs: {installed}. {advice}"),
            $"{source}>{target}");
    }

    /// <summary>Only one route joins the two languages, so no second opinion can be had from this engine.</summary>
    public static TranslationResult NoSecondRoute(string engine, ApertiumRoute only, RouteFinder finder)
    {
        ArgumentNullException.ThrowIfNull(only);
        ArgumentNullException.ThrowIfNull(finder);
        var languages = finder.Languages.Where(l => l != only.Source && l != only.Target && !only.Via.Contains(l)).ToList();
        var packages = languages
            .SelectMany(l => new[] { DebianApertiumPackages.For(only.Source, l), DebianApertiumPackages.For(l, only.Target) })
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var advice = packages.Count > 0
            ? $"Installing one of {string.Join(", ", packages)} would give one."
            : "Configure another engine as Translation:SecondOpinion to get one.";
        return TranslationResult.Failed(
            UnsupportedPair,
            $"The {engine} engine knows only one route from {only.Source} to {only.Target} ({only}). {advice}",
            $"{only.Source}>{only.Target}");
    }

    /// <summary>The apertium program is not installed or not where configured.</summary>
    public static TranslationResult MissingBinary(string binary, string source, string target)
    {
        var packages = new List<string> { "apertium" };
        if (DebianApertiumPackages.For(source, target) is { } package)
        {
            packages.Add(package);
        }
        else
        {
            packages.AddRange(["apertium-fr-es", "apertium-eng-spa", "apertium-eng-cat", "apertium-fra-cat"]);
        }

        return TranslationResult.Failed(
            EngineUnavailable,
            $"The Apertium program '{binary}' was not found (on PATH or at that path). Install it with `sudo apt-get install {string.Join(' ', packages)}`, or point Translation:Apertium:BinaryPath at it.",
            binary);
    }

    /// <summary>Failure text for a process or a service, shortened to what helps.</summary>
    public static string Excerpt(string? text, int max = 400)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return "(no message)";
        }

        return trimmed.Length <= max ? trimmed : trimmed[..max] + "…";
    }
}

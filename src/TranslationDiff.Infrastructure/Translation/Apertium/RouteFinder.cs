namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Finds how to go from one language to another over installed pairs: the fewest hops first, then the
/// route whose intermediate languages come earliest in the preferred list (unlisted languages after, by code).
/// Shared by the CLI and APy adapters.
/// </summary>
internal sealed class RouteFinder
{
    private readonly Dictionary<string, List<ApertiumMode>> _outgoing;
    private readonly List<string> _preferred;
    private readonly int _maxHops;

    public RouteFinder(IEnumerable<ApertiumMode> modes, IReadOnlyList<string> preferredIntermediates, int maxHops)
    {
        ArgumentNullException.ThrowIfNull(modes);
        ArgumentNullException.ThrowIfNull(preferredIntermediates);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        Modes = modes.ToList();
        _outgoing = Modes.GroupBy(m => m.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Target, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        _preferred = preferredIntermediates.Select(ApertiumLanguageCodes.ToModel).ToList();
        _maxHops = maxHops;
    }

    /// <summary>The modes the graph is made of.</summary>
    public IReadOnlyList<ApertiumMode> Modes { get; }

    /// <summary>Every language that appears in a mode, sorted.</summary>
    public IReadOnlyList<string> Languages =>
        Modes.SelectMany(m => new[] { m.Source, m.Target }).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Keeps one mode per direction: a configured variant when one is installed, else the standard mode;
    /// directions served only by unconfigured variants are dropped.
    /// </summary>
    public static IReadOnlyList<ApertiumMode> SelectModes(IEnumerable<ApertiumMode> installed, IReadOnlyList<string> variants)
    {
        ArgumentNullException.ThrowIfNull(installed);
        ArgumentNullException.ThrowIfNull(variants);
        var chosen = new List<ApertiumMode>();
        foreach (var direction in installed.GroupBy(m => (m.Source, m.Target)))
        {
            var configured = variants.Select(v => direction.FirstOrDefault(m => m.Variant is not null && m.IsNamed(v)))
                .FirstOrDefault(m => m is not null);
            var pick = configured ?? direction.Where(m => m.Variant is null).OrderBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault();
            if (pick is not null)
            {
                chosen.Add(pick);
            }
        }

        return chosen.OrderBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal).ToList();
    }

    /// <summary>The best route from <paramref name="source"/> to <paramref name="target"/> (model codes), or null.</summary>
    public ApertiumRoute? Find(string source, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (source == target)
        {
            return null;
        }

        for (var hops = 1; hops <= _maxHops; hops++)
        {
            var candidates = new List<List<ApertiumMode>>();
            Walk(source, target, hops, [], new HashSet<string>(StringComparer.Ordinal) { source }, candidates);
            if (candidates.Count > 0)
            {
                var best = candidates.OrderBy(c => c, Comparer<List<ApertiumMode>>.Create(CompareIntermediates)).First();
                return new ApertiumRoute(source, target, best);
            }
        }

        return null;
    }

    /// <summary>
    /// The best route other than <see cref="Find"/>'s, for a second opinion: preferably one that shares no mode and no
    /// intermediate language with the best route (fr>ca>en beside fr>es>en; es>ca>en beside es>en), then the fewest
    /// hops, then the preferred intermediates; null when the graph has no other route.
    /// </summary>
    public ApertiumRoute? FindAlternative(string source, string target)
    {
        var best = Find(source, target);
        if (best is null)
        {
            return null;
        }

        var candidates = new List<List<ApertiumMode>>();
        for (var hops = 1; hops <= _maxHops; hops++)
        {
            Walk(source, target, hops, [], new HashSet<string>(StringComparer.Ordinal) { source }, candidates);
        }

        var bestModes = best.Hops.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var bestVia = best.Via.ToHashSet(StringComparer.Ordinal);
        var alternative = candidates
            .Where(c => !c.Select(h => h.Name).SequenceEqual(best.Hops.Select(h => h.Name), StringComparer.Ordinal))
            .OrderBy(c => c.Any(h => bestModes.Contains(h.Name)) || c.Take(c.Count - 1).Any(h => bestVia.Contains(h.Target)) ? 1 : 0)
            .ThenBy(c => c.Count)
            .ThenBy(c => c, Comparer<List<ApertiumMode>>.Create(CompareIntermediates))
            .FirstOrDefault();
        return alternative is null ? null : new ApertiumRoute(source, target, alternative);
    }

    /// <summary>Every pair the graph serves, direct or routed, sorted by source then target.</summary>
    public IReadOnlyList<ApertiumRoute> AllRoutes()
    {
        var languages = Languages;
        var routes = new List<ApertiumRoute>();
        foreach (var source in languages)
        {
            foreach (var target in languages.Where(t => t != source))
            {
                if (Find(source, target) is { } route)
                {
                    routes.Add(route);
                }
            }
        }

        return routes;
    }

    private void Walk(string at, string target, int hopsLeft, List<ApertiumMode> path, HashSet<string> visited, List<List<ApertiumMode>> found)
    {
        if (!_outgoing.TryGetValue(at, out var modes))
        {
            return;
        }

        foreach (var mode in modes)
        {
            if (hopsLeft == 1)
            {
                if (mode.Target == target)
                {
                    found.Add([.. path, mode]);
                }

                continue;
            }

            if (mode.Target == target || !visited.Add(mode.Target))
            {
                continue;
            }

            path.Add(mode);
            Walk(mode.Target, target, hopsLeft - 1, path, visited, found);
            path.RemoveAt(path.Count - 1);
            visited.Remove(mode.Target);
        }
    }

    private int CompareIntermediates(List<ApertiumMode> a, List<ApertiumMode> b)
    {
        for (var i = 0; i < a.Count - 1; i++)
        {
            var byRank = Rank(a[i].Target).CompareTo(Rank(b[i].Target));
            if (byRank != 0)
            {
                return byRank;
            }

            var byCode = string.CompareOrdinal(a[i].Target, b[i].Target);
            if (byCode != 0)
            {
                return byCode;
            }
        }

        return 0;
    }

    private int Rank(string language)
    {
        var index = _preferred.IndexOf(language);
        return index < 0 ? _preferred.Count : index;
    }
}

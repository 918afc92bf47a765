using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class RouteFinderTests
{
    // A hand-made graph shaped like the Debian install: fr<->es, fr<->ca, es<->en, ca<->en, plus oc->ca and a lone pt->gl.
    private static readonly string[] Graph = ["fr-es", "es-fr", "fra-cat", "cat-fra", "spa-eng", "eng-spa", "cat-eng", "eng-cat", "oc-ca", "pt-gl"];

    private static RouteFinder Finder(string preferred = "es,ca", int maxHops = 3, params string[] modes) =>
        new(RouteFinder.SelectModes((modes.Length > 0 ? modes : Graph).Select(n => ApertiumMode.FromName(n)!), []),
            preferred.Split(',', StringSplitOptions.RemoveEmptyEntries), maxHops);

    [Fact]
    public void Find_ReturnsDirectPair_WhenInstalled()
    {
        var route = Finder().Find("fr", "es");

        Assert.NotNull(route);
        Assert.Equal("fr>es", route.ToString());
        Assert.Equal(["fr-es"], route.Hops.Select(h => h.Name));
    }

    [Fact]
    public void Find_GoesThroughFirstPreferredIntermediate_WhenTwoRoutesAreEquallyShort()
    {
        var route = Finder("es,ca").Find("fr", "en");

        Assert.Equal("fr>es>en", route!.ToString());
        Assert.Equal(["fr-es", "spa-eng"], route.Hops.Select(h => h.Name));
        Assert.Equal(["es"], route.Via);
    }

    [Fact]
    public void Find_FollowsConfiguredOrder_WhenCatalanIsPreferred()
    {
        Assert.Equal("fr>ca>en", Finder("ca,es").Find("fr", "en")!.ToString());
    }

    [Fact]
    public void Find_PicksUnlistedIntermediateByCode_WhenNoPreferenceApplies()
    {
        // Neither es nor ca is preferred: both rank last, the lower code wins.
        Assert.Equal("fr>ca>en", Finder("de").Find("fr", "en")!.ToString());
    }

    [Fact]
    public void Find_PrefersFewerHops_OverPreferredIntermediates()
    {
        var finder = Finder("es", 3, "fr-es", "spa-eng", "fr-en");

        Assert.Equal("fr>en", finder.Find("fr", "en")!.ToString());
    }

    [Fact]
    public void Find_ChainsThreeHops_WhenThatIsTheShortest()
    {
        // oc>ca>fr>es and oc>ca>en>es are both three hops; neither fr nor en is preferred, so by code: en.
        var route = Finder().Find("oc", "es");

        Assert.Equal("oc>ca>en>es", route!.ToString());
        Assert.Equal("oc>ca>fr>es", Finder("fr").Find("oc", "es")!.ToString());
    }

    [Fact]
    public void Find_ReturnsNull_WhenRouteNeedsMoreHopsThanAllowed()
    {
        Assert.Null(Finder(maxHops: 2).Find("oc", "es"));
        Assert.Null(Finder(maxHops: 1).Find("fr", "en"));
    }

    [Fact]
    public void Find_ReturnsNull_WhenLanguagesAreNotConnected()
    {
        var finder = Finder();

        Assert.Null(finder.Find("ko", "en"));
        Assert.Null(finder.Find("fr", "gl"));
        Assert.Null(finder.Find("gl", "pt"));
    }

    [Fact]
    public void Find_NeverRevisitsALanguage()
    {
        foreach (var route in Finder(maxHops: 4).AllRoutes())
        {
            var languages = new[] { route.Source }.Concat(route.Hops.Select(h => h.Target)).ToList();
            Assert.Equal(languages.Count, languages.Distinct().Count());
        }
    }

    [Fact]
    public void AllRoutes_ListsDirectAndRoutedPairs()
    {
        var pairs = Finder().AllRoutes().Select(r => r.ToString()).ToList();

        Assert.Contains("fr>es", pairs);
        Assert.Contains("fr>es>en", pairs);
        Assert.Contains("en>es>fr", pairs);
        Assert.Contains("oc>ca>en", pairs);
        Assert.Contains("pt>gl", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("gl>", StringComparison.Ordinal));
    }

    [Fact]
    public void SelectModes_SkipsVariants_WhenNotConfigured()
    {
        var installed = new[] { "spa-eng", "spa-eng_US", "eng-cat_valencia", "eng-cat" }.Select(n => ApertiumMode.FromName(n)!).ToList();

        var chosen = RouteFinder.SelectModes(installed, []);

        Assert.Equal(["eng-cat", "spa-eng"], chosen.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SelectModes_UsesVariantInsteadOfStandardMode_WhenConfigured()
    {
        var installed = new[] { "spa-eng", "spa-eng_US", "eng-cat" }.Select(n => ApertiumMode.FromName(n)!).ToList();

        var chosen = RouteFinder.SelectModes(installed, ["spa-eng_US"]);

        Assert.Equal(["eng-cat", "spa-eng_US"], chosen.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SelectModes_DropsDirection_WhenOnlyUnconfiguredVariantsServeIt()
    {
        var installed = new[] { "eng-cat_valencia" }.Select(n => ApertiumMode.FromName(n)!).ToList();

        Assert.Empty(RouteFinder.SelectModes(installed, []));
        Assert.Single(RouteFinder.SelectModes(installed, ["eng-cat_valencia"]));
    }

    [Fact]
    public void FindAlternative_TakesTheOtherIntermediate_WhenTwoTwoHopRoutesExist()
    {
        var finder = Finder("es,ca");

        Assert.Equal("fr>ca>en", finder.FindAlternative("fr", "en")!.ToString());
        Assert.Equal("fr>es>en", Finder("ca,es").FindAlternative("fr", "en")!.ToString());
    }

    [Fact]
    public void FindAlternative_GoesRoundTheDirectPair_WhenAnotherRouteShares_NoModeWithIt()
    {
        var finder = Finder("es,ca", 3, "spa-eng", "spa-cat", "cat-eng", "fr-es");

        Assert.Equal("es>en", finder.Find("es", "en")!.ToString());
        Assert.Equal("es>ca>en", finder.FindAlternative("es", "en")!.ToString());
    }

    [Fact]
    public void FindAlternative_ReturnsNull_WhenOnlyOneRouteExists()
    {
        var finder = Finder("es,ca", 3, "fr-es", "spa-eng");

        Assert.NotNull(finder.Find("fr", "en"));
        Assert.Null(finder.FindAlternative("fr", "en"));
        Assert.Null(finder.FindAlternative("ko", "en"));
    }

    [Fact]
    public void FindAlternative_PrefersARouteSharingNoHop_OverAShorterOneThatShares()
    {
        // fr>en direct is best; fr>es>en shares nothing with it, so it wins over nothing else here; with es-en
        // also reachable through ca, the disjoint two-hop routes are both fine and the preferred intermediate decides.
        var finder = Finder("ca,es", 3, "fr-en", "fr-es", "spa-eng", "fra-cat", "cat-eng");

        Assert.Equal("fr>en", finder.Find("fr", "en")!.ToString());
        Assert.Equal("fr>ca>en", finder.FindAlternative("fr", "en")!.ToString());
    }
}

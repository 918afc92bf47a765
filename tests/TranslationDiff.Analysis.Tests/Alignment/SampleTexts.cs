namespace TranslationDiff.Analysis.Tests.Alignment;

/// <summary>Hand-written pivot-language sentences for the alignment tests (news about a flood in a made-up town).</summary>
internal static class SampleTexts
{
    public static readonly string[] Flood =
    [
        "Heavy rain flooded the lower town of Brennach on Monday night.",
        "Firefighters evacuated forty residents from the riverside flats before dawn.",
        "The mayor promised that the damaged Kessel bridge would reopen within two weeks.",
        "Engineers will inspect the old dam above the village on Thursday morning.",
        "Schools in the valley stay closed until further notice, the district office said.",
        "The weather service expects the river to fall slowly by the weekend.",
        "Volunteers handed out 1,200 sandbags at the market square.",
        "Insurance claims are expected to exceed three million euros.",
    ];

    /// <summary>A sentence unrelated to <see cref="Flood"/>.</summary>
    public const string Unrelated = "A spokesman for the regional police declined to comment on the inquiry.";

    /// <summary><see cref="Flood"/>[2] told in two sentences.</summary>
    public static readonly string[] BridgeInTwo =
    [
        "The mayor made a promise about the damaged Kessel bridge.",
        "It would reopen within two weeks, she said.",
    ];

    /// <summary>
    /// A long deterministic text of distinct sentences (each names its number, a district and a topic), for tests
    /// that need more units than fit in a small full search.
    /// </summary>
    public static List<string> Generated(int count)
    {
        string[] topics = ["roadworks", "the library budget", "a new tram line", "the harvest festival", "water prices", "the hospital wing", "a football match", "the school canteen"];
        string[] districts = ["Altstadt", "Nordhafen", "Brückenfeld", "Weidenau", "Kalkberg", "Seewinkel", "Rotmoos"];
        return Enumerable.Range(0, count)
            .Select(k => $"Report {k}: residents of {districts[k % districts.Length]} discussed {topics[(k / 7) % topics.Length]} for {10 + (k % 50)} minutes.")
            .ToList();
    }
}

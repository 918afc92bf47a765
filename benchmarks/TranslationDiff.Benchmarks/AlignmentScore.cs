namespace TranslationDiff.Benchmarks;

/// <summary>
/// Strict and lax precision/recall counts of a test alignment against a gold one, as the benchmark's README defines
/// them: beads are de-duplicated; precision judges every non-empty test bead against all gold beads, recall every
/// gold bead with both sides non-empty against the test beads with both sides non-empty; strict = the same bead,
/// lax = shares a linked (source, target) pair with one bead of the other side. Counts add up over documents.
/// </summary>
internal sealed record AlignmentScore(int PrecisionStrictHits, int PrecisionLaxHits, int TestBeads, int RecallStrictHits, int RecallLaxHits, int GoldBeads)
{
    public static AlignmentScore Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public double PrecisionStrict => Ratio(PrecisionStrictHits, TestBeads);

    public double PrecisionLax => Ratio(PrecisionLaxHits, TestBeads);

    public double RecallStrict => Ratio(RecallStrictHits, GoldBeads);

    public double RecallLax => Ratio(RecallLaxHits, GoldBeads);

    public double F1Strict => F1(PrecisionStrict, RecallStrict);

    public double F1Lax => F1(PrecisionLax, RecallLax);

    public static AlignmentScore Of(IReadOnlyList<(int[] Source, int[] Target)> gold, IReadOnlyList<(int[] Source, int[] Target)> test)
    {
        var goldAll = Distinct(gold.Where(b => b.Source.Length > 0 || b.Target.Length > 0));
        var testAll = Distinct(test.Where(b => b.Source.Length > 0 || b.Target.Length > 0));
        var (ps, pl) = Hits(goldAll, testAll);
        var goldBoth = goldAll.Where(b => b.Source.Length > 0 && b.Target.Length > 0).ToList();
        var testBoth = testAll.Where(b => b.Source.Length > 0 && b.Target.Length > 0).ToList();
        var (rs, rl) = Hits(testBoth, goldBoth);
        return new AlignmentScore(ps, pl, testAll.Count, rs, rl, goldBoth.Count);
    }

    public static AlignmentScore operator +(AlignmentScore x, AlignmentScore y) => new(
        x.PrecisionStrictHits + y.PrecisionStrictHits,
        x.PrecisionLaxHits + y.PrecisionLaxHits,
        x.TestBeads + y.TestBeads,
        x.RecallStrictHits + y.RecallStrictHits,
        x.RecallLaxHits + y.RecallLaxHits,
        x.GoldBeads + y.GoldBeads);

    public static AlignmentScore Add(AlignmentScore x, AlignmentScore y) => x + y;

    /// <summary>How many beads of <paramref name="judged"/> match <paramref name="reference"/> strictly and laxly.</summary>
    private static (int Strict, int Lax) Hits(List<(int[] Source, int[] Target)> reference, List<(int[] Source, int[] Target)> judged)
    {
        var exact = reference.Select(Key).ToHashSet(StringComparer.Ordinal);
        var links = new Dictionary<int, HashSet<int>>();
        foreach (var (source, target) in reference)
        {
            foreach (var i in source)
            {
                if (!links.TryGetValue(i, out var set))
                {
                    links[i] = set = [];
                }

                set.UnionWith(target);
            }
        }

        int strict = 0, lax = 0;
        foreach (var bead in judged)
        {
            if (exact.Contains(Key(bead)))
            {
                strict++;
                lax++;
            }
            else if (bead.Source.Any(i => links.TryGetValue(i, out var set) && bead.Target.Any(set.Contains)))
            {
                lax++;
            }
        }

        return (strict, lax);
    }

    private static List<(int[] Source, int[] Target)> Distinct(IEnumerable<(int[] Source, int[] Target)> beads)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return beads.Where(b => seen.Add(Key(b))).ToList();
    }

    private static string Key((int[] Source, int[] Target) bead) => string.Join(',', bead.Source) + ":" + string.Join(',', bead.Target);

    private static double Ratio(int hits, int total) => total == 0 ? 0 : (double)hits / total;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

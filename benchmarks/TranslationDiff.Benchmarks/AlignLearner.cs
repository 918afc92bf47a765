using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// <c>align-learn FOLDER</c>: a learned bead scorer (issue 4, sixth round). Each bead of the second pass's band gets a
/// feature vector (the terms of the default score, taken apart, plus evidence the earlier rounds tried one at a time:
/// debris units, casing, merge gain, 2-2 crossing, the Gale–Church cost); the bead score is the dot product with a
/// weight vector learnt by a loss-augmented averaged structured perceptron against the best path the gold allows
/// (the path with the most gold beads, the model's score breaking ties). Every figure it prints for a document comes
/// from weights learnt on the other documents only; the learning rate, loss and epochs are chosen inside each fold by
/// a second leave-one-out over the training documents (nested), so no document helps choose anything applied to it.
/// </summary>
internal static class AlignLearner
{
    private static readonly string[] FeatureNames =
    [
        "sim*lp", "-bg*lp", "lp", "sim", "is11", "is12", "is22", "is13", "is5", "skip01", "del10",
        "debris-in-merge", "skip-debris", "skip-caption", "first-target-lower", "cont-lower", "cont-upper",
        "merge-gain", "cross22", "gale-church/10",
    ];

    private static int Features => FeatureNames.Length;

    public static int Run(string folder, bool ascent = false, bool newOnly = false)
    {
        var documents = BenchDocument.LoadFolder(folder);
        var prepared = documents.Select(Prepare).ToList();
        var init = DefaultWeights();

        var check = AlignmentScore.Zero;
        foreach (var p in prepared)
        {
            check += AlignmentScore.Of(p.Document.Gold, Decode(p, init, 0));
        }

        Console.WriteLine(AlignBenchmark.Header);
        Console.WriteLine(AlignBenchmark.Row("defaults", check) + "   (the committed scorer's weights, for reference)");
        var oracle = AlignmentScore.Zero;
        foreach (var p in prepared)
        {
            oracle += AlignmentScore.Of(p.Document.Gold, Oracle(p, init));
        }

        Console.WriteLine(AlignBenchmark.Row("oracle", oracle) + "   (best path the band and shapes allow)");

        if (ascent)
        {
            return RunAscent(prepared, init, newOnly ? 11 : 0);
        }

        var grid = (from rate in new[] { 0.002, 0.01, 0.05 }
                    from loss in new[] { 0.0, 0.05, 0.2 }
                    from epochs in new[] { 3, 10 }
                    from start in new[] { true, false }
                    select new Setting(rate, loss, epochs, start)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{grid.Count} settings; nested leave-one-out"));
        var held = AlignmentScore.Zero;
        var plainHeld = AlignmentScore.Zero;
        for (var k = 0; k < prepared.Count; k++)
        {
            var train = prepared.Where((_, d) => d != k).ToList();
            var best = grid[0];
            var bestF1 = double.NegativeInfinity;
            foreach (var setting in grid)
            {
                var inner = AlignmentScore.Zero;
                for (var h = 0; h < train.Count; h++)
                {
                    var w = Train(train.Where((_, d) => d != h).ToList(), setting, init);
                    inner += AlignmentScore.Of(train[h].Document.Gold, Decode(train[h], w, 0));
                }

                if (inner.F1Strict > bestF1 + 1e-12)
                {
                    bestF1 = inner.F1Strict;
                    best = setting;
                }
            }

            var weights = Train(train, best, init);
            var score = AlignmentScore.Of(prepared[k].Document.Gold, Decode(prepared[k], weights, 0));
            held += score;
            var plain = AlignmentScore.Of(prepared[k].Document.Gold, Decode(prepared[k], init, 0));
            plainHeld += plain;
            Console.WriteLine(AlignBenchmark.Row(prepared[k].Document.Name, score) + string.Create(CultureInfo.InvariantCulture, $"   defaults {plain.F1Strict:F4}; {best}; inner {bestF1:F4}"));
            Console.WriteLine("    " + Describe(weights));
        }

        Console.WriteLine(AlignBenchmark.Row("held out", held));
        Console.WriteLine(AlignBenchmark.Row("defaults", plainHeld));
        return 0;
    }

    /// <summary>
    /// Coordinate ascent on the strict F1 of the training documents, from the defaults: each sweep tries, for each
    /// weight in turn, a set of steps and keeps the best one if it raises the F1. Leave-one-document-out.
    /// </summary>
    private static int RunAscent(List<Prepared> prepared, double[] init, int first)
    {
        var held = AlignmentScore.Zero;
        var inSample = Ascend(prepared, init, first, out var f1All);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all seven: {f1All:F4}  {Describe(inSample)}"));
        for (var k = 0; k < prepared.Count; k++)
        {
            var train = prepared.Where((_, d) => d != k).ToList();
            var w = Ascend(train, init, first, out var f1);
            var score = AlignmentScore.Of(prepared[k].Document.Gold, Decode(prepared[k], w, 0));
            var plain = AlignmentScore.Of(prepared[k].Document.Gold, Decode(prepared[k], init, 0));
            held += score;
            Console.WriteLine(AlignBenchmark.Row(prepared[k].Document.Name, score) + string.Create(CultureInfo.InvariantCulture, $"   defaults {plain.F1Strict:F4}; train {f1:F4}"));
            Console.WriteLine("    " + Describe(w));
        }

        Console.WriteLine(AlignBenchmark.Row("held out", held));
        return 0;
    }

    private static double F1Of(List<Prepared> documents, double[] w)
    {
        var total = AlignmentScore.Zero;
        foreach (var p in documents)
        {
            total += AlignmentScore.Of(p.Document.Gold, Decode(p, w, 0));
        }

        return total.F1Strict;
    }

    private static double[] Ascend(List<Prepared> documents, double[] init, int first, out double f1)
    {
        double[] steps = [-0.1, -0.05, -0.02, -0.01, -0.005, 0.005, 0.01, 0.02, 0.05, 0.1];
        var w = (double[])init.Clone();
        f1 = F1Of(documents, w);
        for (var sweep = 0; sweep < 4; sweep++)
        {
            var changed = false;
            for (var k = first; k < Features; k++)
            {
                var bestStep = 0.0;
                var bestF1 = f1;
                foreach (var step in steps)
                {
                    var old = w[k];
                    w[k] = old + step;
                    var value = F1Of(documents, w);
                    w[k] = old;
                    if (value > bestF1 + 1e-9)
                    {
                        bestF1 = value;
                        bestStep = step;
                    }
                }

                if (bestStep != 0)
                {
                    w[k] += bestStep;
                    f1 = bestF1;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return w;
    }

    private sealed record Setting(double Rate, double Loss, int Epochs, bool FromDefaults)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"rate {Rate} loss {Loss} epochs {Epochs} start {(FromDefaults ? "defaults" : "sim only")}");
    }

    private sealed class Prepared(BenchDocument document, SearchBand band, Dictionary<long, double[]> features, HashSet<long> gold)
    {
        public BenchDocument Document { get; } = document;

        public SearchBand Band { get; } = band;

        public Dictionary<long, double[]> Features { get; } = features;

        public HashSet<long> Gold { get; } = gold;
    }

    private static long Key(int i0, int a, int j0, int b) => ((long)i0 << 36) | ((long)j0 << 8) | ((long)a << 4) | (long)b;

    private static double[] DefaultWeights()
    {
        var o = SequenceAlignerOptions.Default;
        var w = new double[Features];
        w[0] = 1;
        w[1] = o.MarginWeight;
        w[5] = -o.ManyToOnePenalty;
        w[6] = -o.TwoToTwoPenalty;
        w[7] = -o.OneToThreePenalty;
        w[8] = -o.FiveUnitPenalty;
        w[9] = o.SkipScore;
        w[10] = o.DeletionScore ?? o.SkipScore;
        return w;
    }

    private static Prepared Prepare(BenchDocument document)
    {
        var options = SequenceAlignerOptions.Default;
        var (n, m) = (document.Translation.Length, document.Target.Length);
        var scorer = new BeadScorer(options, document.Translation, document.Target, document.Source);
        var full = SearchBand.Full(n, m);
        var path = BandedDynamicProgramme.Path(full, SequenceAlignerOptions.FirstPassShapes, scorer.Score);
        var band = SearchBand.AroundPath(path, 1, n, m, options.SecondPassMargin);
        scorer.Restart();
        var memo = new SimilarityMemo(scorer, n, m);
        var sourceLengths = Prefix(document.Source);
        var targetLengths = Prefix(document.Target);
        var ratio = (double)targetLengths[^1] / Math.Max(1, sourceLengths[^1]);
        var features = new Dictionary<long, double[]>();
        foreach (var shape in options.Shapes())
        {
            var (a, b) = (shape.Source, shape.Target);
            for (var i = a; i <= n; i++)
            {
                for (var j = band.Low[i]; j <= band.High[i]; j++)
                {
                    var (i0, j0) = (i - a, j - b);
                    if (j0 < 0 || j0 < band.Low[i0] || j0 > band.High[i0])
                    {
                        continue;
                    }

                    features[Key(i0, a, j0, b)] = Describe(document, memo, sourceLengths, targetLengths, ratio, i0, a, j0, b);
                }
            }
        }

        var gold = new HashSet<long>();
        foreach (var (s, t) in document.Gold)
        {
            var contiguous = (s.Length == 0 || s[^1] - s[0] == s.Length - 1) && (t.Length == 0 || t[^1] - t[0] == t.Length - 1);
            if (contiguous && s.Length + t.Length > 0)
            {
                var i0 = s.Length > 0 ? s[0] : StartOf(document.Gold, t[0], source: true);
                var j0 = t.Length > 0 ? t[0] : StartOf(document.Gold, s[0], source: false);
                gold.Add(Key(i0, s.Length, j0, t.Length));
            }
        }

        return new Prepared(document, band, features, gold);
    }

    /// <summary>Where an empty side of a gold bead sits: after the last unit of that side in earlier gold beads.</summary>
    private static int StartOf(List<(int[] Source, int[] Target)> gold, int other, bool source)
    {
        var last = -1;
        foreach (var (s, t) in gold)
        {
            var mine = source ? s : t;
            var theirs = source ? t : s;
            if (theirs.Length > 0 && theirs[0] >= other)
            {
                break;
            }

            if (mine.Length > 0)
            {
                last = Math.Max(last, mine[^1]);
            }
        }

        return last + 1;
    }

    private static long[] Prefix(string[] lines)
    {
        var sums = new long[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            sums[i + 1] = sums[i] + lines[i].Length;
        }

        return sums;
    }

    private static int Letters(string text) => text.Count(char.IsLetter);

    private static bool Debris(string text) => Letters(text) < 4;

    private static bool Caption(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length >= 2 && w.All(char.IsLetter) && char.IsLower(w[0])) < 3;

    private static bool StartsLower(string text)
    {
        var first = text.FirstOrDefault(char.IsLetter);
        return first != default && char.IsLower(first);
    }

    private static double[] Describe(BenchDocument d, SimilarityMemo memo, long[] sl, long[] tl, double ratio, int i0, int a, int j0, int b)
    {
        var f = new double[Features];
        if (a == 0 || b == 0)
        {
            var text = a == 0 ? d.Target[j0] : d.Source[i0];
            f[a == 0 ? 9 : 10] = 1;
            f[12] = Debris(text) ? 1 : 0;
            f[13] = Caption(text) ? 1 : 0;
            f[14] = a == 0 && StartsLower(text) ? 1 : 0;
            return f;
        }

        var e = memo.Get(i0, a, j0, b);
        double source = sl[i0 + a] - sl[i0];
        double target = tl[j0 + b] - tl[j0];
        var expected = source * ratio;
        var lp = Math.Log2(1 + (Math.Min(expected, target) / Math.Max(1, Math.Max(expected, target))));
        f[0] = e.Similarity * lp;
        f[1] = -e.Neighbours * lp;
        f[2] = lp;
        f[3] = e.Similarity;
        f[(a, b) switch { (1, 1) => 4, (1, 2) or (2, 1) => 5, (2, 2) => 6, _ when a + b == 5 => 8, _ => 7 }] = 1;
        if (a + b >= 3)
        {
            f[11] = Enumerable.Range(i0, a).Count(i => Debris(d.Source[i])) + Enumerable.Range(j0, b).Count(j => Debris(d.Target[j]));
            var best = 0.0;
            if (b > 1)
            {
                best = Math.Max(memo.Get(i0, a, j0 + 1, b - 1).Similarity, memo.Get(i0, a, j0, b - 1).Similarity);
            }

            if (a > 1)
            {
                best = Math.Max(best, Math.Max(memo.Get(i0 + 1, a - 1, j0, b).Similarity, memo.Get(i0, a - 1, j0, b).Similarity));
            }

            f[17] = e.Similarity - best;
        }

        f[14] = StartsLower(d.Target[j0]) ? 1 : 0;
        for (var j = j0 + 1; j < j0 + b; j++)
        {
            f[StartsLower(d.Target[j]) ? 15 : 16] += 1;
        }

        if (a == 2 && b == 2)
        {
            var crossed = (memo.Get(i0, 1, j0 + 1, 1).Similarity + memo.Get(i0 + 1, 1, j0, 1).Similarity) / 2;
            var diagonal = (memo.Get(i0, 1, j0, 1).Similarity + memo.Get(i0 + 1, 1, j0 + 1, 1).Similarity) / 2;
            f[18] = crossed - diagonal;
        }

        f[19] = GaleChurch.Cost(source, target, ratio, SequenceAlignerOptions.Default.LengthVariance) / 10;
        return f;
    }

    private static double Dot(double[] w, double[] f)
    {
        var s = 0.0;
        for (var k = 0; k < f.Length; k++)
        {
            s += w[k] * f[k];
        }

        return s;
    }

    /// <summary>The best path under w, with <paramref name="loss"/> added to every bead the gold does not hold.</summary>
    private static List<(int[] Source, int[] Target)> Decode(Prepared p, double[] w, double loss) =>
        AlignBenchmark.ToPairs(BandedDynamicProgramme.Align(
            p.Band,
            SequenceAlignerOptions.Default.Shapes(),
            (i0, a, j0, b) =>
            {
                var key = Key(i0, a, j0, b);
                return Dot(w, p.Features[key]) + (loss > 0 && !p.Gold.Contains(key) ? loss : 0);
            }));

    /// <summary>The path with the most gold beads and the fewest others; the model's score breaks ties.</summary>
    private static List<(int[] Source, int[] Target)> Oracle(Prepared p, double[] w) =>
        AlignBenchmark.ToPairs(BandedDynamicProgramme.Align(
            p.Band,
            SequenceAlignerOptions.Default.Shapes(),
            (i0, a, j0, b) =>
            {
                var key = Key(i0, a, j0, b);
                return (p.Gold.Contains(key) ? 1000 : -1000) + Dot(w, p.Features[key]);
            }));

    private static double[] Train(List<Prepared> documents, Setting setting, double[] init)
    {
        var w = setting.FromDefaults ? (double[])init.Clone() : new double[Features];
        if (!setting.FromDefaults)
        {
            w[0] = 1;
        }

        var sum = new double[Features];
        var steps = 0;
        for (var epoch = 0; epoch < setting.Epochs; epoch++)
        {
            foreach (var p in documents)
            {
                var target = Phi(p, Oracle(p, w));
                var guess = Phi(p, Decode(p, w, setting.Loss));
                for (var k = 0; k < Features; k++)
                {
                    w[k] += setting.Rate * (target[k] - guess[k]);
                    sum[k] += w[k];
                }

                steps++;
            }
        }

        return sum.Select(x => x / steps).ToArray();
    }

    private static double[] Phi(Prepared p, List<(int[] Source, int[] Target)> beads)
    {
        var phi = new double[Features];
        var (i, j) = (0, 0);
        foreach (var (s, t) in beads)
        {
            var f = p.Features[Key(i, s.Length, j, t.Length)];
            for (var k = 0; k < Features; k++)
            {
                phi[k] += f[k];
            }

            i += s.Length;
            j += t.Length;
        }

        return phi;
    }

    private static string Describe(double[] w) => string.Join(' ', w.Select((x, k) => string.Create(CultureInfo.InvariantCulture, $"{FeatureNames[k]}={x:G3}")));
}

using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary><c>align-diff FOLDER K</c>: prints where the default alignment of document K departs from the gold, with texts.</summary>
internal static class AlignDiagnostics
{
    public static int Run(string folder, int k)
    {
        var document = BenchDocument.LoadFolder(folder)[k];
        var options = SequenceAlignerOptions.Default;
        var scorer = new BeadScorer(options, document.Translation, document.Target, document.Source);
        var beads = new SequenceAligner(options).Align(scorer, document.Translation, document.Target);
        var test = AlignBenchmark.ToPairs(beads);
        var gold = document.Gold;
        var goldKeys = gold.Select(Key).ToHashSet(StringComparer.Ordinal);
        var testKeys = test.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var bead in gold.Where(b => !testKeys.Contains(Key(b))))
        {
            Console.WriteLine($"MISSED gold {Key(bead)} sim {Sim(scorer, bead):F3}");
            foreach (var t in test.Where(t => Overlaps(t, bead)))
            {
                Console.WriteLine($"    got {Key(t)} sim {Sim(scorer, t):F3}");
            }

            foreach (var i in bead.Source)
            {
                Console.WriteLine($"    M{i}: {document.Translation[i]}");
            }

            foreach (var j in bead.Target)
            {
                Console.WriteLine($"    T{j}: {document.Target[j]}");
            }
        }

        Console.WriteLine($"wrong test beads: {test.Count(t => !goldKeys.Contains(Key(t)))}");
        return 0;
    }

    private static bool Overlaps((int[] Source, int[] Target) a, (int[] Source, int[] Target) b) =>
        a.Source.Intersect(b.Source).Any() || a.Target.Intersect(b.Target).Any();

    private static double Sim(BeadScorer scorer, (int[] Source, int[] Target) bead) =>
        bead.Source.Length == 0 || bead.Target.Length == 0 ? 0 : scorer.Similarity(new TranslationDiff.Core.Alignment.Bead(bead.Source, bead.Target, 0));

    private static string Key((int[] Source, int[] Target) b) =>
        string.Create(CultureInfo.InvariantCulture, $"[{string.Join(", ", b.Source)}]:[{string.Join(", ", b.Target)}]");
}

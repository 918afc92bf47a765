using System.Diagnostics;
using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// <c>align-scale N [FOLDER] [--band-only]</c>: builds an input of N source lines at run time by repeating the
/// test documents (source translations M and targets T, with their gold beads shifted), cut after source line N
/// and after the target line the gold pairs with it (about 1.02 N: the French side has more lines), aligns it and
/// prints the time, the peak resident memory of the process (VmHWM) and the strict/lax scores against the
/// repeated gold. (Cutting both sides at N would leave two copies of the documents on one side with nothing
/// opposite, and which two is undecidable in repeated text.) <c>--band-only</c> checks the coarse search only.
/// </summary>
internal static class ScaleBenchmark
{
    public static int Run(int size, string folder, bool bandOnly = false)
    {
        var documents = BenchDocument.LoadFolder(folder);
        var (source, translation, target, gold) = Repeat(documents, size);
        if (bandOnly)
        {
            return CheckBand(translation, target, gold);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {translation.Count} x {target.Count} sentences ({translation.Sum(t => (long)t.Length) / 1e6:F1} + {target.Sum(t => (long)t.Length) / 1e6:F1} M characters); peak memory before aligning: {PeakMiB():F0} MiB"));
        var clock = Stopwatch.StartNew();
        var beads = new SequenceAligner().Align(translation, target, source);
        clock.Stop();
        var score = AlignmentScore.Of(gold, AlignBenchmark.ToPairs(beads));
        Console.WriteLine(AlignBenchmark.Header);
        Console.WriteLine(AlignBenchmark.Row("repeated", score));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {clock.Elapsed.TotalSeconds:F1} s; peak memory (VmHWM): {PeakMiB():F0} MiB; beads: {beads.Count}"));
        return 0;
    }

    /// <summary>How much of the gold path lies inside the coarse search's band.</summary>
    private static int CheckBand(List<string> translation, List<string> target, List<(int[] Source, int[] Target)> gold)
    {
        var clock = Stopwatch.StartNew();
        var band = CoarseSearch.Band(translation, target, SequenceAlignerOptions.Default);
        var both = gold.Where(b => b.Source.Length > 0 && b.Target.Length > 0).ToList();
        var outside = both.Where(b => b.Target[^1] + 1 < band.Low[b.Source[^1] + 1] || b.Target[^1] + 1 > band.High[b.Source[^1] + 1]).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"band: {band.Cells} cells ({(double)band.Cells / translation.Count:F1} per row) in {clock.Elapsed.TotalSeconds:F1} s; gold beads outside: {outside.Count} of {both.Count}; first outside at source {(outside.Count > 0 ? outside[0].Source[0] : -1)}"));
        return 0;
    }

    private static (List<string> Source, List<string> Translation, List<string> Target, List<(int[] Source, int[] Target)> Gold) Repeat(List<BenchDocument> documents, int size)
    {
        var source = new List<string>();
        var translation = new List<string>();
        var target = new List<string>();
        var gold = new List<(int[] Source, int[] Target)>();
        while (translation.Count < size)
        {
            foreach (var document in documents)
            {
                var (i0, j0) = (translation.Count, target.Count);
                gold.AddRange(document.Gold.Select(b => (b.Source.Select(i => i + i0).ToArray(), b.Target.Select(j => j + j0).ToArray())));
                source.AddRange(document.Source);
                translation.AddRange(document.Translation);
                target.AddRange(document.Target);
            }
        }

        var targetSize = 1 + gold.Where(b => b.Source.Length > 0 && b.Source.All(i => i < size)).SelectMany(b => b.Target).Max();
        source.RemoveRange(size, source.Count - size);
        translation.RemoveRange(size, translation.Count - size);
        target.RemoveRange(targetSize, target.Count - targetSize);
        gold.RemoveAll(b => b.Source.Any(i => i >= size) || b.Target.Any(j => j >= targetSize) || b.Source.Length + b.Target.Length == 0);
        return (source, translation, target, gold);
    }

    /// <summary>Peak resident set size of this process, from /proc/self/status (VmHWM), or the runtime's peak working set elsewhere.</summary>
    private static double PeakMiB()
    {
        const string Path = "/proc/self/status";
        if (File.Exists(Path))
        {
            foreach (var line in File.ReadLines(Path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kib / 1024.0;
                }
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}

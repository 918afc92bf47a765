using System.Diagnostics;
using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// <c>align-scale N [FOLDER]</c>: builds an N × N input at run time by repeating the test documents (source
/// translations M and targets T, with their gold beads shifted) and cutting both sides at N lines, aligns it and
/// prints the time, the peak resident memory of the process (VmHWM) and the strict/lax scores against the
/// repeated gold (beads cut by the end are left out of the gold).
/// </summary>
internal static class ScaleBenchmark
{
    public static int Run(int size, string folder)
    {
        var documents = BenchDocument.LoadFolder(folder);
        var (source, translation, target, gold) = Repeat(documents, size);
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

    private static (List<string> Source, List<string> Translation, List<string> Target, List<(int[] Source, int[] Target)> Gold) Repeat(List<BenchDocument> documents, int size)
    {
        var source = new List<string>();
        var translation = new List<string>();
        var target = new List<string>();
        var gold = new List<(int[] Source, int[] Target)>();
        while (translation.Count < size || target.Count < size)
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

        source.RemoveRange(size, source.Count - size);
        translation.RemoveRange(size, translation.Count - size);
        target.RemoveRange(size, target.Count - size);
        gold.RemoveAll(b => b.Source.Any(i => i >= size) || b.Target.Any(j => j >= size) || b.Source.Length + b.Target.Length == 0);
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

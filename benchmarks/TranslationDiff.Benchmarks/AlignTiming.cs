using System.Diagnostics;
using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Benchmarks;

/// <summary><c>align-timing FOLDER</c>: where the time goes (a development aid).</summary>
internal static class AlignTiming
{
    public static int Run(string folder)
    {
        var documents = BenchDocument.LoadFolder(folder);
        var options = SequenceAlignerOptions.Default;
        var clock = Stopwatch.StartNew();
        var profiles = documents.SelectMany(d => d.Translation.Concat(d.Target)).Select(t => NGramProfile.Build(t, options.ChrF)).ToList();
        Console.WriteLine($"build {profiles.Count} profiles: {clock.ElapsedMilliseconds} ms, mean keys {profiles.Average(p => p.Length):F0}");
        clock.Restart();
        double total = 0;
        var count = 0;
        for (var k = 0; k + 1 < profiles.Count; k += 2)
        {
            for (var r = 0; r < 100; r++)
            {
                total += ChrF.Score(profiles[k], profiles[(k + 1 + (r * 7)) % profiles.Count], 1.0);
                count++;
            }
        }

        Console.WriteLine($"{count} chrF: {clock.ElapsedMilliseconds} ms ({clock.Elapsed.TotalMicroseconds / count:F2} us each) {total:F1}");
        clock.Restart();
        count = 0;
        for (var r = 0; r < 200_000; r++)
        {
            total += ChrF.Score(profiles[r % 16], profiles[16 + (r % 7)], 1.0);
            count++;
        }

        Console.WriteLine($"{count} hot chrF: {clock.ElapsedMilliseconds} ms ({clock.Elapsed.TotalMicroseconds / count:F2} us each) {total:F1}");
        foreach (var margin in new[] { 0.0, 0.5 })
        {
            clock.Restart();
            foreach (var d in documents)
            {
                new SequenceAligner(options with { MarginWeight = margin }).Align(d.Translation, d.Target, d.Source);
            }

            Console.WriteLine($"align margin {margin}: {clock.ElapsedMilliseconds} ms");
        }

        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// <c>align FOLDER [--output DIR] [--dictionary INDEX [--dictionary-weight W]]</c>: aligns every test document of
/// the folder (M lines against T lines, S lengths for the length prior) with the default options and prints strict
/// and lax P/R/F1 per document and overall, and the time. With <c>--output</c> the bead files are written too (to
/// cross-check with <c>score.py</c>). With <c>--dictionary</c> (a dictd <c>.index</c> file) the dictionary
/// similarity is added with <see cref="SequenceAlignerOptions.WithDictionary"/> (its weight replaced by W if given).
/// </summary>
internal static class AlignBenchmark
{
    public static int Run(string folder, string? output, BilingualLexicon? dictionary = null, double? dictionaryWeight = null)
    {
        var documents = BenchDocument.LoadFolder(folder);
        var options = SequenceAlignerOptions.Default;
        if (dictionary is not null)
        {
            options = SequenceAlignerOptions.WithDictionary(dictionary);
            options = options with { DictionaryWeight = dictionaryWeight ?? options.DictionaryWeight };
        }

        var aligner = new SequenceAligner(options);
        var total = AlignmentScore.Zero;
        var clock = Stopwatch.StartNew();
        var results = new List<(BenchDocument Document, IReadOnlyList<Bead> Beads)>();
        foreach (var document in documents)
        {
            results.Add((document, aligner.Align(document.Translation, document.Target, document.Source)));
        }

        clock.Stop();
        Console.WriteLine(Header);
        foreach (var (document, beads) in results)
        {
            var score = AlignmentScore.Of(document.Gold, ToPairs(beads));
            total += score;
            Console.WriteLine(Row(document.Name, score));
            if (output is not null)
            {
                Directory.CreateDirectory(output);
                File.WriteAllLines(Path.Combine(output, document.Name + ".align"), beads.Select(b => b.ToString()));
            }
        }

        Console.WriteLine(Row("overall", total));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {clock.Elapsed.TotalSeconds:F3} s for {documents.Count} documents ({documents.Sum(d => d.Source.Length)} x {documents.Sum(d => d.Target.Length)} sentences)"));
        return 0;
    }

    public static string Header => "document   P-strict R-strict F1-strict |  P-lax  R-lax   F1-lax";

    public static string Row(string name, AlignmentScore s) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-10} {s.PrecisionStrict,8:F4} {s.RecallStrict,8:F4} {s.F1Strict,9:F4} | {s.PrecisionLax,6:F4} {s.RecallLax,6:F4} {s.F1Lax,8:F4}");

    public static List<(int[] Source, int[] Target)> ToPairs(IEnumerable<Bead> beads) =>
        beads.Select(b => (b.Source.ToArray(), b.Target.ToArray())).ToList();
}

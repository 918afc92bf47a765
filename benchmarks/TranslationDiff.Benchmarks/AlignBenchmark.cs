using System.Diagnostics;
using System.Globalization;
using TranslationDiff.Analysis.Alignment;
using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// <c>align FOLDER [--output DIR] [--target-side] [--europarl] [--set Name=value,...]</c>: aligns every test
/// document of the folder (M lines against T lines, S lengths for the length prior) with the default options and
/// prints strict and lax P/R/F1 per document and overall, and the time. With <c>--output</c> the bead files are
/// written too (to cross-check with <c>score.py</c>). <c>--target-side</c> adds <c>testK.google.de</c> (T
/// translated into S's language), <c>--europarl</c> the second translation <c>testK.europarlfull.fr</c>;
/// <c>--set</c> overrides the weights of those two (<c>TargetTranslationWeight</c>, <c>TargetTranslationMax</c>,
/// <c>SecondTranslationWeight</c>) and the skip scores, margin and shape penalties, to score a setting the tuner
/// printed.
/// </summary>
internal static class AlignBenchmark
{
    public static int Run(string folder, string? output, bool targetSide = false, bool secondSource = false, SequenceAlignerOptions? options = null)
    {
        var documents = BenchDocument.LoadFolder(folder);
        if ((targetSide && documents.Any(d => d.TargetTranslation is null)) || (secondSource && documents.Any(d => d.SecondTranslation is null)))
        {
            Console.Error.WriteLine("error: --target-side needs testK.google.de and --europarl testK.europarlfull.fr for every document.");
            return 2;
        }

        var aligner = new SequenceAligner(options ?? SequenceAlignerOptions.Default);
        var total = AlignmentScore.Zero;
        var clock = Stopwatch.StartNew();
        var results = new List<(BenchDocument Document, IReadOnlyList<Bead> Beads)>();
        foreach (var document in documents)
        {
            results.Add((document, aligner.Align(document.Input(targetSide, secondSource))));
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

    /// <summary>The default options with the fifth round's weights (and the skip scores, margin and penalties) overridden by <c>Name=value</c> pairs separated by commas.</summary>
    public static SequenceAlignerOptions WithSettings(string settings)
    {
        var options = SequenceAlignerOptions.Default;
        foreach (var pair in settings.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[^1]);
            options = name switch
            {
                nameof(SequenceAlignerOptions.TargetTranslationWeight) => options with { TargetTranslationWeight = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.TargetTranslationMax) => options with { TargetTranslationMax = bool.Parse(value) },
                nameof(SequenceAlignerOptions.SecondTranslationWeight) => options with { SecondTranslationWeight = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.SkipScore) => options with { SkipScore = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.DeletionScore) => options with { DeletionScore = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.MarginWeight) => options with { MarginWeight = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.ManyToOnePenalty) => options with { ManyToOnePenalty = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.TwoToTwoPenalty) => options with { TwoToTwoPenalty = double.Parse(value, CultureInfo.InvariantCulture) },
                nameof(SequenceAlignerOptions.OneToThreePenalty) => options with { OneToThreePenalty = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown setting '{name}'.", nameof(settings)),
            };
        }

        return options;
    }

    public static string Header => "document   P-strict R-strict F1-strict |  P-lax  R-lax   F1-lax";

    public static string Row(string name, AlignmentScore s) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-10} {s.PrecisionStrict,8:F4} {s.RecallStrict,8:F4} {s.F1Strict,9:F4} | {s.PrecisionLax,6:F4} {s.RecallLax,6:F4} {s.F1Lax,8:F4}");

    public static List<(int[] Source, int[] Target)> ToPairs(IEnumerable<Bead> beads) =>
        beads.Select(b => (b.Source.ToArray(), b.Target.ToArray())).ToList();
}

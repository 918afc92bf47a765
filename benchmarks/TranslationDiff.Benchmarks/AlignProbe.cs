using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary><c>align-probe FOLDER K i0 a j0 b</c>: the evidence and score of one bead (a development aid).</summary>
internal static class AlignProbe
{
    public static int Run(string folder, int k, int i0, int a, int j0, int b)
    {
        var document = BenchDocument.LoadFolder(folder)[k];
        var options = SequenceAlignerOptions.Default;
        var scorer = new BeadScorer(options, document.Translation, document.Target, document.Source);
        var evidence = scorer.Evidence(i0, a, j0, b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sim {evidence.Similarity:F3} background {evidence.Neighbours:F3} score {scorer.Score(i0, a, j0, b):F3}"));
        for (var i = i0; i < i0 + a; i++)
        {
            Console.WriteLine($"  M{i}: {document.Translation[i]}");
        }

        for (var j = j0; j < j0 + b; j++)
        {
            Console.WriteLine($"  T{j}: {document.Target[j]}");
        }

        return 0;
    }
}

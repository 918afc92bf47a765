using System.Globalization;
using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>
/// <c>align-tune FOLDER</c>: leave-one-document-out tuning. Every candidate setting of the grid aligns every
/// document; then, for each document in turn, the setting with the best strict F1 on the other documents is
/// applied to it. The sum of those held-out counts is an honest estimate (no document is scored with parameters
/// chosen on it). Also prints the setting best on all documents, which is what the defaults should be set to.
/// </summary>
internal static class AlignTuner
{
    public static int Run(string folder, string? grid = null, BilingualLexicon? dictionary = null)
    {
        var documents = BenchDocument.LoadFolder(folder);
        var candidates = AlignTuningGrid.Candidates(grid, dictionary).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} candidate settings x {documents.Count} documents"));
        var scores = new AlignmentScore[candidates.Count, documents.Count];
        foreach (var group in Enumerable.Range(0, candidates.Count).GroupBy(c => (candidates[c].ChrF, candidates[c].IdfExponent, candidates[c].MarginWeight > 0, candidates[c].DictionaryWeight)))
        {
            for (var d = 0; d < documents.Count; d++)
            {
                var document = documents[d];
                var first = candidates[group.First()] with { MarginWeight = 1, AllowFiveUnits = true };
                var memo = new SimilarityMemo(new BeadScorer(first, document.Translation, document.Target, document.Source), document.Translation.Length, document.Target.Length);
                foreach (var c in group)
                {
                    var scorer = new BeadScorer(candidates[c], document.Translation, document.Target, document.Source) { EvidenceOverride = memo.Get };
                    var beads = new SequenceAligner(candidates[c]).Align(scorer, document.Translation, document.Target);
                    scores[c, d] = AlignmentScore.Of(document.Gold, AlignBenchmark.ToPairs(beads));
                }
            }
        }

        Console.WriteLine("leave-one-document-out (each document scored with the setting best on the others):");
        Console.WriteLine(AlignBenchmark.Header);
        var held = AlignmentScore.Zero;
        for (var d = 0; d < documents.Count; d++)
        {
            var best = Best(scores, candidates.Count, documents.Count, exclude: d);
            held += scores[best, d];
            Console.WriteLine(AlignBenchmark.Row(documents[d].Name, scores[best, d]) + $"   <- #{best} {Describe(candidates[best])}");
        }

        Console.WriteLine(AlignBenchmark.Row("LOO total", held));
        var all = Best(scores, candidates.Count, documents.Count, exclude: -1);
        Console.WriteLine(AlignBenchmark.Row("best-all", Sum(scores, all, documents.Count, -1)) + $"   #{all}: {candidates[all]}");
        var ranked = Enumerable.Range(0, candidates.Count).OrderByDescending(c => Sum(scores, c, documents.Count, -1).F1Strict).Take(8);
        foreach (var c in ranked)
        {
            Console.WriteLine(AlignBenchmark.Row($"#{c}", Sum(scores, c, documents.Count, -1)) + $"   {Describe(candidates[c])}");
        }

        return 0;
    }

    private static int Best(AlignmentScore[,] scores, int candidates, int documents, int exclude)
    {
        var best = 0;
        var bestF1 = double.NegativeInfinity;
        for (var c = 0; c < candidates; c++)
        {
            var f1 = Sum(scores, c, documents, exclude).F1Strict;
            if (f1 > bestF1 + 1e-12)
            {
                best = c;
                bestF1 = f1;
            }
        }

        return best;
    }

    private static AlignmentScore Sum(AlignmentScore[,] scores, int c, int documents, int exclude)
    {
        var total = AlignmentScore.Zero;
        for (var d = 0; d < documents; d++)
        {
            if (d != exclude)
            {
                total += scores[c, d];
            }
        }

        return total;
    }

    private static string Describe(SequenceAlignerOptions o) => string.Create(
        CultureInfo.InvariantCulture,
        $"idf {o.IdfExponent} chrF {o.ChrF.MinCharOrder}-{o.ChrF.CharOrder}w{o.ChrF.WordOrder} b{o.ChrF.Beta} lc{(o.ChrF.Lowercase ? 1 : 0)} skip {o.SkipScore}/{o.DeletionScore} len {o.LengthWeight} m1 {o.ManyToOnePenalty} m22 {o.TwoToTwoPenalty} m13 {o.OneToThreePenalty} five {(o.AllowFiveUnits ? o.FiveUnitPenalty : -1)} margin {o.MarginWeight} dict {(o.Dictionary is null ? 0 : o.DictionaryWeight)}");
}

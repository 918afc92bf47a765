using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Best-scoring monotonic path of beads through a <see cref="SearchBand"/>: cell (i, j) holds the best total
/// score of aligning the first i source and first j target units, reached from (i - a, j - b) by a bead of shape
/// (a, b). Memory: one byte of back-pointer per band cell plus the last few rows of scores, so a band of constant
/// width costs memory linear in the input. Ties go to the shape listed first, so results are deterministic.
/// </summary>
internal static class BandedDynamicProgramme
{
    /// <summary>Scores a bead covering source units [i0, i0 + a) and target units [j0, j0 + b).</summary>
    public delegate double BeadScore(int i0, int a, int j0, int b);

    /// <summary>The best path as beads.</summary>
    public static List<Bead> Align(SearchBand band, IReadOnlyList<BeadShape> shapes, BeadScore score, Action<int>? rowStarted = null) =>
        ToBeads(Path(band, shapes, score, rowStarted));

    /// <summary>Beads between consecutive cells of a path.</summary>
    public static List<Bead> ToBeads(IReadOnlyList<(int I, int J)> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var beads = new List<Bead>(path.Count);
        for (var k = 1; k < path.Count; k++)
        {
            var (i0, j0) = path[k - 1];
            var (i1, j1) = path[k];
            beads.Add(new Bead(Enumerable.Range(i0, i1 - i0).ToArray(), Enumerable.Range(j0, j1 - j0).ToArray(), 0));
        }

        return beads;
    }

    /// <summary>
    /// The best path as the cells it passes through, from (0, 0) to (n, m). <paramref name="rowStarted"/> is told
    /// each row before it is filled (to let caches forget what lies behind).
    /// </summary>
    public static List<(int I, int J)> Path(SearchBand band, IReadOnlyList<BeadShape> shapes, BeadScore score, Action<int>? rowStarted = null)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(score);
        if (shapes.Count > byte.MaxValue)
        {
            throw new ArgumentException("At most 255 bead shapes.", nameof(shapes));
        }

        var n = band.SourceCount;
        var m = band.TargetCount;
        var maxA = shapes.Max(s => s.Source);
        var offsets = new long[n + 2];
        for (var i = 0; i <= n; i++)
        {
            offsets[i + 1] = offsets[i] + band.High[i] - band.Low[i] + 1;
        }

        var back = new byte[offsets[n + 1]];
        var ring = new double[maxA + 1][];
        for (var i = 0; i <= n; i++)
        {
            rowStarted?.Invoke(i);
            var low = band.Low[i];
            var width = band.High[i] - low + 1;
            var row = ring[i % (maxA + 1)];
            if (row is null || row.Length < width)
            {
                row = new double[Math.Max(width, row?.Length * 2 ?? 0)];
                ring[i % (maxA + 1)] = row;
            }

            for (var j = low; j <= band.High[i]; j++)
            {
                var best = double.NegativeInfinity;
                byte bestShape = byte.MaxValue;
                if (i == 0 && j == 0)
                {
                    best = 0;
                }

                for (var s = 0; s < shapes.Count; s++)
                {
                    var (a, b) = (shapes[s].Source, shapes[s].Target);
                    var pi = i - a;
                    var pj = j - b;
                    if (pi < 0 || pj < 0 || pj < band.Low[pi] || pj > band.High[pi])
                    {
                        continue;
                    }

                    var previous = a == 0 ? row[pj - low] : ring[pi % (maxA + 1)][pj - band.Low[pi]];
                    if (double.IsNegativeInfinity(previous))
                    {
                        continue;
                    }

                    var total = previous + score(pi, a, pj, b);
                    if (total > best)
                    {
                        best = total;
                        bestShape = (byte)s;
                    }
                }

                row[j - low] = best;
                back[offsets[i] + j - low] = bestShape;
            }
        }

        return Trace(band, shapes, back, offsets, n, m);
    }

    private static List<(int I, int J)> Trace(SearchBand band, IReadOnlyList<BeadShape> shapes, byte[] back, long[] offsets, int n, int m)
    {
        var path = new List<(int I, int J)> { (n, m) };
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var s = back[offsets[i] + j - band.Low[i]];
            if (s == byte.MaxValue)
            {
                throw new InvalidOperationException($"No path reaches cell ({i}, {j}); the band is disconnected.");
            }

            i -= shapes[s].Source;
            j -= shapes[s].Target;
            path.Add((i, j));
        }

        path.Reverse();
        return path;
    }
}

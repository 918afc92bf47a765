using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Minimum-risk decoding over a <see cref="SearchBand"/>: bead scores become a distribution over paths
/// (exp(score / temperature)), forward–backward sums give each bead's posterior probability of lying on the path,
/// and the path maximising the sum over its beads of (posterior − threshold) is returned. With the threshold near
/// half the expected F1, this maximises the expected number of exactly right beads against the number output (the
/// strict F1), instead of the single best-scoring path.
/// <para>Memory: one bead score per band cell and shape, and two sums per cell.</para>
/// </summary>
internal static class PosteriorDecoder
{
    public static List<Bead> Decode(SearchBand band, IReadOnlyList<BeadShape> shapes, BandedDynamicProgramme.BeadScore score, double temperature, double threshold, Action<int>? rowStarted = null)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(score);
        var n = band.SourceCount;
        var offsets = new long[n + 2];
        for (var i = 0; i <= n; i++)
        {
            offsets[i + 1] = offsets[i] + band.High[i] - band.Low[i] + 1;
        }

        var cells = offsets[n + 1];
        var count = shapes.Count;
        var scores = new float[cells * count];
        var forward = new double[cells];
        long Cell(int i, int j) => offsets[i] + j - band.Low[i];
        bool Inside(int i, int j) => i >= 0 && i <= n && j >= band.Low[i] && j <= band.High[i];
        for (var i = 0; i <= n; i++)
        {
            rowStarted?.Invoke(i);
            for (var j = band.Low[i]; j <= band.High[i]; j++)
            {
                var c = Cell(i, j);
                var total = i == 0 && j == 0 ? 0 : double.NegativeInfinity;
                for (var s = 0; s < count; s++)
                {
                    var (a, b) = (shapes[s].Source, shapes[s].Target);
                    if (!Inside(i - a, j - b) || double.IsNegativeInfinity(forward[Cell(i - a, j - b)]))
                    {
                        scores[(c * count) + s] = float.NegativeInfinity;
                        continue;
                    }

                    var value = (float)(score(i - a, a, j - b, b) / temperature);
                    scores[(c * count) + s] = value;
                    total = LogAdd(total, forward[Cell(i - a, j - b)] + value);
                }

                forward[c] = total;
            }
        }

        var backward = new double[cells];
        for (var i = n; i >= 0; i--)
        {
            for (var j = band.High[i]; j >= band.Low[i]; j--)
            {
                var total = i == n && j == band.TargetCount ? 0 : double.NegativeInfinity;
                for (var s = 0; s < count; s++)
                {
                    var (a, b) = (shapes[s].Source, shapes[s].Target);
                    if (Inside(i + a, j + b))
                    {
                        var next = Cell(i + a, j + b);
                        total = LogAdd(total, backward[next] + scores[(next * count) + s]);
                    }
                }

                backward[Cell(i, j)] = total;
            }
        }

        var z = forward[cells - 1];
        var shapeIndex = new Dictionary<(int, int), int>();
        for (var s = 0; s < count; s++)
        {
            shapeIndex[(shapes[s].Source, shapes[s].Target)] = s;
        }

        double Gain(int i0, int a, int j0, int b)
        {
            var end = Cell(i0 + a, j0 + b);
            var value = scores[(end * count) + shapeIndex[(a, b)]];
            var posterior = Math.Exp(forward[Cell(i0, j0)] + value + backward[end] - z);
            return posterior - threshold;
        }

        return BandedDynamicProgramme.Align(band, shapes, Gain);
    }

    private static double LogAdd(double x, double y)
    {
        if (double.IsNegativeInfinity(x))
        {
            return y;
        }

        if (double.IsNegativeInfinity(y))
        {
            return x;
        }

        return Math.Max(x, y) + Math.Log(1 + Math.Exp(-Math.Abs(x - y)));
    }
}

using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>Remembers bead similarities of one document so that many parameter settings can share them.</summary>
internal sealed class SimilarityMemo
{
    private const int MaxSide = 4;
    private readonly BeadScorer _scorer;
    private readonly int _columns;
    private readonly double[][] _values = new double[MaxSide * MaxSide][];

    public SimilarityMemo(BeadScorer scorer, int n, int m)
    {
        _scorer = scorer;
        _columns = m + 1;
        for (var s = 0; s < _values.Length; s++)
        {
            _values[s] = new double[(n + 1) * (m + 1)];
            Array.Fill(_values[s], double.NaN);
        }
    }

    public double Get(int i0, int a, int j0, int b)
    {
        var slot = _values[(a * MaxSide) + b];
        var index = (i0 * _columns) + j0;
        var value = slot[index];
        if (double.IsNaN(value))
        {
            slot[index] = value = _scorer.Similarity(i0, a, j0, b);
        }

        return value;
    }
}

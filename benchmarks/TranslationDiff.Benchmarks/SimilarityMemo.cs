using TranslationDiff.Analysis.Alignment;

namespace TranslationDiff.Benchmarks;

/// <summary>Remembers bead evidence of one document so that many parameter settings can share them.</summary>
internal sealed class SimilarityMemo
{
    private const int MaxSide = 5;
    private readonly BeadScorer _scorer;
    private readonly int _columns;
    private readonly BeadEvidence?[][] _values = new BeadEvidence?[MaxSide * MaxSide][];

    public SimilarityMemo(BeadScorer scorer, int n, int m)
    {
        _scorer = scorer;
        _columns = m + 1;
        for (var s = 0; s < _values.Length; s++)
        {
            _values[s] = new BeadEvidence?[(n + 1) * (m + 1)];
        }
    }

    public BeadEvidence Get(int i0, int a, int j0, int b)
    {
        var slot = _values[(a * MaxSide) + b];
        var index = (i0 * _columns) + j0;
        if (slot[index] is not { } value)
        {
            slot[index] = value = _scorer.Evidence(i0, a, j0, b);
        }

        return value;
    }
}

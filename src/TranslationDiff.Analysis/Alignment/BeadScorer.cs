using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Scores a bead for the dynamic programme. A bead pairing source span I with target span J earns
/// ((|I| + |J|) / 2) · (sim − w · lengthCost) − penalty(shape), where sim is the chrF of the concatenated pivot
/// texts and lengthCost the Gale–Church cost of the span lengths; a 1-0 or 0-1 bead earns
/// <see cref="SequenceAlignerOptions.SkipScore"/> per unit over two. Weighting by the number of units makes the
/// total an average over units, so paths with fewer, larger beads are not favoured for being shorter.
/// </summary>
internal sealed class BeadScorer
{
    private readonly SequenceAlignerOptions _options;
    private readonly SpanProfileCache _source;
    private readonly SpanProfileCache _target;
    private readonly long[] _sourceLengths;
    private readonly long[] _targetLengths;
    private readonly double _ratio;

    public BeadScorer(SequenceAlignerOptions options, IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyList<int>? sourceLengths = null)
    {
        _options = options;
        var maxSpan = options.Shapes().Max(s => Math.Max(s.Source, s.Target));
        _source = new SpanProfileCache(source, options.ChrF, maxSpan);
        _target = new SpanProfileCache(target, options.ChrF, maxSpan);
        _sourceLengths = PrefixSums(source.Count, i => sourceLengths?[i] ?? source[i].Length);
        _targetLengths = PrefixSums(target.Count, j => target[j].Length);
        var s = _sourceLengths[^1];
        var t = _targetLengths[^1];
        _ratio = s > 0 && t > 0 ? (double)t / s : 1.0;
    }

    /// <summary>Replaces how similarity is computed (the tuner memoises it); null uses chrF.</summary>
    public BandedDynamicProgramme.BeadScore? SimilarityOverride { get; init; }

    public double Score(int i0, int a, int j0, int b)
    {
        if (a == 0 || b == 0)
        {
            return _options.WeightBySize ? _options.SkipScore * (a + b) / 2.0 : _options.SkipScore;
        }

        var sim = SimilarityOverride?.Invoke(i0, a, j0, b) ?? Similarity(i0, a, j0, b);
        double sourceLength = _sourceLengths[i0 + a] - _sourceLengths[i0];
        double targetLength = _targetLengths[j0 + b] - _targetLengths[j0];
        if (_options.RatioFactor)
        {
            var expected = sourceLength * _ratio;
            sim *= Math.Log2(1 + (Math.Min(expected, targetLength) / Math.Max(1, Math.Max(expected, targetLength))));
        }

        var quality = sim - (_options.LengthWeight * GaleChurch.Cost(sourceLength, targetLength, _ratio, _options.LengthVariance));
        return ((_options.WeightBySize ? (a + b) / 2.0 : 1.0) * quality) - _options.Penalty(a, b);
    }

    /// <summary>chrF of the source span's pivot text against the target span's.</summary>
    public double Similarity(int i0, int a, int j0, int b)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        var hypothesis = _source.Get(i0, a);
        var reference = _target.Get(j0, b);
        var first = _options.ChrF.MinCharOrder - 1;
        var forward = ChrF.Score(hypothesis, reference, _options.ChrF.Beta, first);
        return _options.Symmetric ? (forward + ChrF.Score(reference, hypothesis, _options.ChrF.Beta, first)) / 2 : forward;
    }

    /// <summary>Lets the caches drop spans the search has left behind.</summary>
    public void Evict(int sourceFloor, int targetFloor)
    {
        _source.Evict(sourceFloor);
        _target.Evict(targetFloor);
    }

    private static long[] PrefixSums(int count, Func<int, int> length)
    {
        var sums = new long[count + 1];
        for (var i = 0; i < count; i++)
        {
            sums[i + 1] = sums[i] + length(i);
        }

        return sums;
    }
}

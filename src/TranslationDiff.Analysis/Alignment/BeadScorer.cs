using TranslationDiff.Analysis.Similarity;
using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Scores a bead for the dynamic programme, which maximises the sum over beads. A bead pairing source span I with
/// target span J earns (sim − m · background) · log2(1 + shorter/longer) − w · lengthCost − penalty(shape), where
/// sim is the IDF-weighted chrF++ of the concatenated pivot texts (n-gram profiles of a span are the sums of its
/// units' profiles), background the mean similarity of each side with the units just outside the other side,
/// shorter/longer the length ratio of the two sides (source lengths from the untranslated source when given,
/// scaled by the input's overall target/source ratio), and lengthCost the Gale–Church cost of the same lengths
/// (its weight w tuned to 0 on the benchmark: the ratio prior alone did better). A 0-1 or 1-0 bead earns a fixed
/// negative score. Similarities are remembered for the rows near the search front only.
/// </summary>
internal sealed class BeadScorer
{
    private readonly SequenceAlignerOptions _options;
    private readonly SpanProfileCache _source;
    private readonly SpanProfileCache _target;
    private readonly long[] _sourceLengths;
    private readonly long[] _targetLengths;
    private readonly double _ratio;
    private readonly LexicalSimilarity? _lexical;
    private readonly Dictionary<long, double>[] _rows;
    private readonly Dictionary<long, double>[] _lexicalRows;
    private readonly int[] _rowOf;

    /// <param name="options">Parameters.</param>
    /// <param name="source">Source units in the pivot language.</param>
    /// <param name="target">Target units (pivot language).</param>
    /// <param name="original">The source units as written (before translation), for the length prior; or null.</param>
    public BeadScorer(SequenceAlignerOptions options, IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyList<string>? original = null)
    {
        _options = options;
        var maxSpan = options.Shapes().Max(s => Math.Max(s.Source, s.Target));
        Func<ulong, float>? weight = null;
        if (options.IdfExponent > 0)
        {
            var frequency = DocumentFrequency(options.ChrF, [source, target]);
            var exponent = (float)options.IdfExponent;
            weight = key => MathF.Pow(Math.Max(0, frequency.InverseFrequency(key)), exponent);
        }

        _source = new SpanProfileCache(source, options.ChrF, maxSpan, weight);
        _target = new SpanProfileCache(target, options.ChrF, maxSpan, weight);
        _sourceLengths = PrefixSums(source.Count, i => original?[i].Length ?? source[i].Length);
        _targetLengths = PrefixSums(target.Count, j => target[j].Length);
        var s = _sourceLengths[^1];
        var t = _targetLengths[^1];
        _ratio = s > 0 && t > 0 ? (double)t / s : 1.0;
        if (options.Dictionary is { } dictionary && options.DictionaryWeight > 0 && original is not null)
        {
            _lexical = new LexicalSimilarity(dictionary, original, target);
        }

        _rows = new Dictionary<long, double>[4 * ForgetDistance];
        _lexicalRows = new Dictionary<long, double>[_rows.Length];
        for (var r = 0; r < _rows.Length; r++)
        {
            _rows[r] = [];
            _lexicalRows[r] = [];
        }

        _rowOf = new int[_rows.Length];
        Array.Fill(_rowOf, -1);
    }

    /// <summary>How many rows behind the search spans may still be asked for (bead and neighbour spans reach back up to 4 units).</summary>
    private const int ForgetDistance = 8;

    /// <summary>Replaces how evidence is gathered (the tuner memoises it); null reads the texts.</summary>
    public Func<int, int, int, int, BeadEvidence>? EvidenceOverride { get; init; }

    public double Score(int i0, int a, int j0, int b)
    {
        if (a == 0 || b == 0)
        {
            return b == 0 ? _options.DeletionScore ?? _options.SkipScore : _options.SkipScore;
        }

        var evidence = EvidenceOverride?.Invoke(i0, a, j0, b) ?? Evidence(i0, a, j0, b);
        var sim = evidence.Similarity - (_options.MarginWeight * evidence.Neighbours);
        double sourceLength = _sourceLengths[i0 + a] - _sourceLengths[i0];
        double targetLength = _targetLengths[j0 + b] - _targetLengths[j0];
        var expected = sourceLength * _ratio;
        sim *= Math.Log2(1 + (Math.Min(expected, targetLength) / Math.Max(1, Math.Max(expected, targetLength))));
        var length = _options.LengthWeight > 0 ? _options.LengthWeight * GaleChurch.Cost(sourceLength, targetLength, _ratio, _options.LengthVariance) : 0;
        return sim - length - _options.Penalty(a, b);
    }

    /// <summary>The bead's similarity and, when the margin is on, its background.</summary>
    public BeadEvidence Evidence(int i0, int a, int j0, int b)
    {
        if (a == 0 || b == 0)
        {
            return BeadEvidence.None;
        }

        var sim = Compare(i0, a, j0, b, true);
        return new BeadEvidence(sim, _options.MarginWeight > 0 ? Neighbours(i0, a, j0, b) : 0);
    }

    /// <summary>The similarity of the bead's two sides, 0..1.</summary>
    public double Similarity(Bead bead)
    {
        ArgumentNullException.ThrowIfNull(bead);
        return bead.Source.Count == 0 || bead.Target.Count == 0 ? 0 : Compare(bead.Source[0], bead.Source.Count, bead.Target[0], bead.Target.Count);
    }

    /// <summary>
    /// Called as the search starts row <paramref name="row"/> of <paramref name="band"/>: drops the profiles of
    /// spans the search has left behind, so memory stays bounded by the band's width.
    /// </summary>
    public void Forget(int row, SearchBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var back = Math.Max(0, row - ForgetDistance);
        _source.Evict(back);
        _target.Evict(Math.Max(0, band.Low[back] - ForgetDistance));
    }

    /// <summary>Forgets all remembered spans and similarities, before a new pass from the start.</summary>
    public void Restart()
    {
        _source.Clear();
        _target.Clear();
        Array.Fill(_rowOf, -1);
    }

    /// <summary>
    /// chrF of source span [i0, i0 + a) against target span [j0, j0 + b), remembered for the rows near the search;
    /// with <paramref name="lexical"/>, plus the weighted dictionary similarity when there is one.
    /// </summary>
    private double Compare(int i0, int a, int j0, int b, bool lexical = false)
    {
        var chrF = CompareChrF(i0, a, j0, b);
        if (!lexical || _lexical is null)
        {
            return chrF;
        }

        var key = ((long)j0 << 6) | ((long)a << 3) | (long)b;
        var slot = i0 % _rows.Length;
        if (!_lexicalRows[slot].TryGetValue(key, out var value))
        {
            value = _options.DictionaryWeight * _lexical.Score(i0, a, j0, b);
            _lexicalRows[slot][key] = value;
        }

        return chrF + value;
    }

    private double CompareChrF(int i0, int a, int j0, int b)
    {
        var slot = i0 % _rows.Length;
        if (_rowOf[slot] != i0)
        {
            _rows[slot].Clear();
            _lexicalRows[slot].Clear();
            _rowOf[slot] = i0;
        }

        var key = ((long)j0 << 6) | ((long)a << 3) | (long)b;
        if (!_rows[slot].TryGetValue(key, out var sim))
        {
            sim = ChrF.Score(_source.Get(i0, a), _target.Get(j0, b), _options.ChrF.Beta, _options.ChrF.MinCharOrder - 1);
            _rows[slot][key] = sim;
        }

        return sim;
    }

    /// <summary>
    /// Mean of: the source span against the target units just before and after the target span, and the target
    /// span against the source units just before and after the source span (missing neighbours are left out).
    /// </summary>
    private double Neighbours(int i0, int a, int j0, int b)
    {
        static double Mean(double x, double y, bool hasX, bool hasY) =>
            hasX && hasY ? (x + y) / 2 : hasX ? x : hasY ? y : 0;

        var hasLeft = j0 > 0;
        var hasRight = j0 + b < _target.Count;
        var againstTarget = Mean(
            hasLeft ? Compare(i0, a, j0 - 1, 1, true) : 0,
            hasRight ? Compare(i0, a, j0 + b, 1, true) : 0,
            hasLeft,
            hasRight);
        hasLeft = i0 > 0;
        hasRight = i0 + a < _source.Count;
        var againstSource = Mean(
            hasLeft ? Compare(i0 - 1, 1, j0, b, true) : 0,
            hasRight ? Compare(i0 + a, 1, j0, b, true) : 0,
            hasLeft,
            hasRight);
        return (againstTarget + againstSource) / 2;
    }

    private static NGramDocumentFrequency DocumentFrequency(ChrFOptions options, IReadOnlyList<string>[] sides)
    {
        var characters = sides.Sum(side => side.Sum(t => (long)t.Length));
        var frequency = new NGramDocumentFrequency(NGramDocumentFrequency.BitsFor(characters, options.Slots));
        foreach (var text in sides.SelectMany(side => side))
        {
            frequency.Add(NGramProfile.Build(text, options));
        }

        return frequency;
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

using System.Globalization;
using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// A word-translation table between the source as written and the target, learnt from the document itself (IBM
/// Model 1, both directions, a few EM iterations over sentence pairs the first pass aligned with confidence; no
/// outside dictionary, no gold), and the lexical similarity of a bead under it: the IDF-weighted mean, over the
/// words of both sides, of each word's best translation probability into the other side (the mean of the two
/// directions' probabilities). Evidence independent of the machine translation: it sees what the MT dropped or
/// mistranslated, as hunalign's dictionary bootstrapping does.
/// <para>
/// Memory: word ids of every unit, the table (pairs that co-occurred in a training pair), and the best
/// probabilities of unit pairs near the search front.
/// </para>
/// </summary>
internal sealed class LexicalModel
{
    private const int Null = 0;
    private readonly int[][] _source;
    private readonly int[][] _target;
    private readonly double[] _sourceWeight;
    private readonly double[] _targetWeight;
    private readonly Dictionary<long, (float[] Source, float[] Target)> _pairs = [];
    private Dictionary<long, float> _table = [];

    /// <param name="original">Source units as written.</param>
    /// <param name="target">Target units as written.</param>
    public LexicalModel(IReadOnlyList<string> original, IReadOnlyList<string> target)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(target);
        (_source, _sourceWeight) = Index(original);
        (_target, _targetWeight) = Index(target);
    }

    /// <summary>Whether <see cref="Learn"/> has run.</summary>
    public bool Trained { get; private set; }

    /// <summary>Learns the table from 1-1 pairs (source index, target index), <paramref name="iterations"/> EM rounds per direction.</summary>
    public void Learn(IReadOnlyList<(int Source, int Target)> pairs, int iterations = 5)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var forward = Model1(pairs.Select(p => (_source[p.Source], _target[p.Target])).ToList(), iterations);
        var backward = Model1(pairs.Select(p => (_target[p.Target], _source[p.Source])).ToList(), iterations);
        var table = new Dictionary<long, float>();
        foreach (var (key, probability) in forward)
        {
            var (e, f) = ((int)(key >> 32), (int)key);
            if (e != Null)
            {
                table[Key(e, f)] = (float)(probability + backward.GetValueOrDefault(Key(f, e))) / 2;
            }
        }

        _table = table;
        _pairs.Clear();
        Trained = true;
    }

    /// <summary>Lexical similarity (0..1) of source units [i0, i0 + a) with target units [j0, j0 + b).</summary>
    public double Similarity(int i0, int a, int j0, int b)
    {
        double matched = 0, total = 0;
        for (var i = i0; i < i0 + a; i++)
        {
            var words = _source[i];
            for (var w = 0; w < words.Length; w++)
            {
                var best = 0f;
                for (var j = j0; j < j0 + b; j++)
                {
                    best = Math.Max(best, Pair(i, j).Source[w]);
                }

                matched += best * _sourceWeight[words[w]];
                total += _sourceWeight[words[w]];
            }
        }

        for (var j = j0; j < j0 + b; j++)
        {
            var words = _target[j];
            for (var w = 0; w < words.Length; w++)
            {
                var best = 0f;
                for (var i = i0; i < i0 + a; i++)
                {
                    best = Math.Max(best, Pair(i, j).Target[w]);
                }

                matched += best * _targetWeight[words[w]];
                total += _targetWeight[words[w]];
            }
        }

        return total > 0 ? matched / total : 0;
    }

    /// <summary>Forgets the unit pairs of source rows before <paramref name="row"/>.</summary>
    public void Forget(int row)
    {
        if (_pairs.Count > 4096)
        {
            foreach (var key in _pairs.Keys.Where(k => (k >> 32) < row).ToList())
            {
                _pairs.Remove(key);
            }
        }
    }

    private (float[] Source, float[] Target) Pair(int i, int j)
    {
        var key = ((long)i << 32) | (uint)j;
        if (_pairs.TryGetValue(key, out var pair))
        {
            return pair;
        }

        var (e, f) = (_source[i], _target[j]);
        pair = (new float[e.Length], new float[f.Length]);
        for (var x = 0; x < e.Length; x++)
        {
            for (var y = 0; y < f.Length; y++)
            {
                var p = _table.GetValueOrDefault(Key(e[x], f[y]));
                pair.Source[x] = Math.Max(pair.Source[x], p);
                pair.Target[y] = Math.Max(pair.Target[y], p);
            }
        }

        _pairs[key] = pair;
        return pair;
    }

    /// <summary>IBM Model 1 t(f | e), e including the empty word, keyed (e, f).</summary>
    private static Dictionary<long, double> Model1(List<(int[] E, int[] F)> pairs, int iterations)
    {
        var t = new Dictionary<long, double>();
        foreach (var (e, f) in pairs)
        {
            foreach (var x in e.Prepend(Null))
            {
                foreach (var y in f)
                {
                    t[Key(x, y)] = 1;
                }
            }
        }

        for (var round = 0; round < iterations; round++)
        {
            var counts = new Dictionary<long, double>(t.Count);
            var totals = new Dictionary<int, double>();
            foreach (var (e, f) in pairs)
            {
                foreach (var y in f)
                {
                    var z = t[Key(Null, y)];
                    foreach (var x in e)
                    {
                        z += t[Key(x, y)];
                    }

                    foreach (var x in e.Prepend(Null))
                    {
                        var c = t[Key(x, y)] / z;
                        counts[Key(x, y)] = counts.GetValueOrDefault(Key(x, y)) + c;
                        totals[x] = totals.GetValueOrDefault(x) + c;
                    }
                }
            }

            foreach (var key in t.Keys.ToList())
            {
                t[key] = counts.GetValueOrDefault(key) / totals[(int)(key >> 32)];
            }
        }

        return t;
    }

    private static long Key(int e, int f) => ((long)e << 32) | (uint)f;

    /// <summary>Distinct lower-cased word ids per unit (id 0 is the empty word) and each word's IDF over the units.</summary>
    private static (int[][] Units, double[] Weight) Index(IReadOnlyList<string> texts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = Null };
        var frequency = new List<int> { 0 };
        var units = new int[texts.Count][];
        for (var k = 0; k < texts.Count; k++)
        {
            var words = new List<int>();
            foreach (var word in WordTokenizer.Tokenize(texts[k]))
            {
                var lower = word.Text.ToLower(CultureInfo.InvariantCulture);
                if (!ids.TryGetValue(lower, out var id))
                {
                    id = ids.Count;
                    ids[lower] = id;
                    frequency.Add(0);
                }

                if (!words.Contains(id))
                {
                    words.Add(id);
                    frequency[id]++;
                }
            }

            units[k] = [.. words];
        }

        var weight = frequency.Select(f => Math.Log((texts.Count + 1.0) / (f + 0.5))).ToArray();
        return (units, weight);
    }
}

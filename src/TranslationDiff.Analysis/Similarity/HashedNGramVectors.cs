namespace TranslationDiff.Analysis.Similarity;

/// <summary>
/// Fixed-size vectors of texts for cheap, rough comparison: every lower-cased character trigram (whitespace
/// removed) adds ±1 to one of <see cref="Dimensions"/> components, both chosen by its hash, so that the dot
/// product of two vectors estimates the number of trigrams the texts share. Texts are added into consecutive
/// blocks; blocks can be merged in pairs to halve the resolution.
/// </summary>
internal sealed class HashedNGramVectors
{
    public const int Dimensions = 256;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private readonly float[] _data;
    private readonly double[] _norms;

    private HashedNGramVectors(float[] data, int count)
    {
        _data = data;
        Count = count;
        _norms = new double[count];
        for (var k = 0; k < count; k++)
        {
            var v = Vector(k);
            double sum = 0;
            foreach (var x in v)
            {
                sum += x * x;
            }

            _norms[k] = Math.Sqrt(sum);
        }
    }

    /// <summary>Number of blocks.</summary>
    public int Count { get; }

    /// <summary>Vectors of blocks of <paramref name="blockSize"/> consecutive texts (the last block may be shorter).</summary>
    public static HashedNGramVectors OfBlocks(IReadOnlyList<string> texts, int blockSize)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        var count = (texts.Count + blockSize - 1) / blockSize;
        var data = new float[(long)count * Dimensions];
        for (var t = 0; t < texts.Count; t++)
        {
            Add(texts[t], data.AsSpan((t / blockSize) * Dimensions, Dimensions));
        }

        return new HashedNGramVectors(data, count);
    }

    /// <summary>Blocks twice as large: each new block is the sum of two consecutive ones.</summary>
    public HashedNGramVectors Halve()
    {
        var count = (Count + 1) / 2;
        var data = new float[(long)count * Dimensions];
        for (var k = 0; k < Count; k++)
        {
            var target = data.AsSpan((k / 2) * Dimensions, Dimensions);
            var source = Vector(k);
            for (var d = 0; d < Dimensions; d++)
            {
                target[d] += source[d];
            }
        }

        return new HashedNGramVectors(data, count);
    }

    /// <summary>Cosine of block <paramref name="k"/> here with block <paramref name="l"/> there.</summary>
    public double Cosine(int k, HashedNGramVectors other, int l)
    {
        ArgumentNullException.ThrowIfNull(other);
        var norms = _norms[k] * other._norms[l];
        return norms > 0 ? Dot(Vector(k), other.Vector(l)) / norms : 0;
    }

    /// <summary>Cosine of block <paramref name="k"/> here with blocks <paramref name="l"/> and l + 1 there taken together.</summary>
    public double CosineWithPair(int k, HashedNGramVectors other, int l)
    {
        ArgumentNullException.ThrowIfNull(other);
        ReadOnlySpan<float> x = Vector(k), y = other.Vector(l), z = other.Vector(l + 1);
        double dot = 0, norm = 0;
        for (var d = 0; d < Dimensions; d++)
        {
            var sum = y[d] + z[d];
            dot += x[d] * sum;
            norm += sum * sum;
        }

        var norms = _norms[k] * Math.Sqrt(norm);
        return norms > 0 ? dot / norms : 0;
    }

    private static double Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        double dot = 0;
        for (var d = 0; d < x.Length; d++)
        {
            dot += x[d] * y[d];
        }

        return dot;
    }

    private static void Add(string text, Span<float> vector)
    {
        char c0 = '\0', c1 = '\0';
        var seen = 0;
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (++seen >= 3)
            {
                var hash = (((((FnvOffset ^ c0) * FnvPrime) ^ c1) * FnvPrime) ^ c) * FnvPrime;
                hash ^= hash >> 29;
                vector[(int)(hash % Dimensions)] += (hash & (1UL << 40)) != 0 ? 1f : -1f;
            }

            c0 = c1;
            c1 = c;
        }
    }

    private ReadOnlySpan<float> Vector(int k) => _data.AsSpan(k * Dimensions, Dimensions);
}

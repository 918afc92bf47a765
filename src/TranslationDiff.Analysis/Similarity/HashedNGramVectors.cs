namespace TranslationDiff.Analysis.Similarity;

/// <summary>
/// Fixed-size vectors of texts for cheap, rough comparison: every lower-cased character trigram (whitespace
/// removed) adds ±1 to one of <see cref="Dimensions"/> components, both chosen by its hash, so that the dot
/// product of two vectors estimates the number of trigrams the texts share. Comparisons subtract the mean
/// block (<see cref="Centre"/>), so that trigrams common to the whole language do not make every pair of
/// large blocks look alike. Texts are added into consecutive
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

    /// <summary>
    /// The mean of the unit-length vectors of all blocks of <paramref name="sides"/>: what every block has in
    /// common (frequent trigrams of the language), to be taken out before comparing.
    /// </summary>
    public static float[] Centre(params HashedNGramVectors[] sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        var mean = new double[Dimensions];
        var count = 0;
        foreach (var side in sides)
        {
            for (var k = 0; k < side.Count; k++)
            {
                if (side._norms[k] > 0)
                {
                    var v = side.Vector(k);
                    for (var d = 0; d < Dimensions; d++)
                    {
                        mean[d] += v[d] / side._norms[k];
                    }

                    count++;
                }
            }
        }

        return mean.Select(x => count > 0 ? (float)(x / count) : 0f).ToArray();
    }

    /// <summary>Cosine of block <paramref name="k"/> here with block <paramref name="l"/> there, both first normalised and moved by −<paramref name="centre"/>.</summary>
    public double Cosine(int k, HashedNGramVectors other, int l, ReadOnlySpan<float> centre)
    {
        ArgumentNullException.ThrowIfNull(other);
        return CenteredCosine(Vector(k), _norms[k], other.Vector(l), default, other._norms[l], centre);
    }

    /// <summary>As <see cref="Cosine"/>, with blocks <paramref name="l"/> and l + 1 there taken together.</summary>
    public double CosineWithPair(int k, HashedNGramVectors other, int l, ReadOnlySpan<float> centre)
    {
        ArgumentNullException.ThrowIfNull(other);
        ReadOnlySpan<float> y = other.Vector(l), z = other.Vector(l + 1);
        double norm = 0;
        for (var d = 0; d < Dimensions; d++)
        {
            var sum = y[d] + z[d];
            norm += sum * sum;
        }

        return CenteredCosine(Vector(k), _norms[k], y, z, Math.Sqrt(norm), centre);
    }

    private static double CenteredCosine(ReadOnlySpan<float> x, double xNorm, ReadOnlySpan<float> y, ReadOnlySpan<float> z, double yNorm, ReadOnlySpan<float> centre)
    {
        if (xNorm <= 0 || yNorm <= 0)
        {
            return 0;
        }

        double dot = 0, xx = 0, yy = 0;
        for (var d = 0; d < Dimensions; d++)
        {
            var u = (x[d] / xNorm) - centre[d];
            var v = ((y[d] + (z.IsEmpty ? 0 : z[d])) / yNorm) - centre[d];
            dot += u * v;
            xx += u * u;
            yy += v * v;
        }

        return xx > 0 && yy > 0 ? dot / Math.Sqrt(xx * yy) : 0;
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

namespace TranslationDiff.Analysis.Similarity;

/// <summary>
/// The multiset of hashed n-grams of a text: sorted distinct keys with their counts, and the number of
/// n-grams per order slot (character orders first, then word orders). The slot sits in the key's top bits,
/// so keys of one order are contiguous. Hashes are 59-bit FNV-1a values: collisions are negligible and the
/// result is the same on every run and machine.
/// </summary>
internal sealed class NGramProfile
{
    private const int SlotShift = 59;
    private const ulong HashMask = (1UL << SlotShift) - 1;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private NGramProfile(ulong[] keys, int[] counts, int[] totals, float[]? weights = null, double[]? weightedTotals = null)
    {
        Keys = keys;
        Counts = counts;
        Totals = totals;
        Weights = weights;
        WeightedTotals = weightedTotals ?? Array.ConvertAll(totals, t => (double)t);
    }

    /// <summary>Distinct n-gram keys, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>Occurrences of each key.</summary>
    public int[] Counts { get; }

    /// <summary>Number of n-grams (with repeats) per order slot.</summary>
    public int[] Totals { get; }

    /// <summary>Weight of each key (null: every n-gram weighs 1).</summary>
    public float[]? Weights { get; }

    /// <summary>Weighted number of n-grams per order slot.</summary>
    public double[] WeightedTotals { get; }

    /// <summary>Distinct n-grams held.</summary>
    public int Length => Keys.Length;

    public static NGramProfile Empty(int slots) => new([], [], new int[slots]);

    /// <summary>The slot (0-based) a key belongs to.</summary>
    public static int SlotOf(ulong key) => (int)(key >> SlotShift);

    public static NGramProfile Build(string text, ChrFOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var chars = Normalise(text, options.Lowercase);
        var buffer = new List<ulong>(chars.Length * (options.CharOrder - options.MinCharOrder + 1) + 16);
        for (var start = 0; start < chars.Length; start++)
        {
            var hash = FnvOffset;
            var longest = Math.Min(options.CharOrder, chars.Length - start);
            for (var n = 1; n <= longest; n++)
            {
                hash = (hash ^ chars[start + n - 1]) * FnvPrime;
                if (n >= options.MinCharOrder)
                {
                    buffer.Add(Key(n - 1, hash));
                }
            }
        }

        if (options.WordOrder > 0)
        {
            AddWordNGrams(text, options, buffer);
        }

        return FromKeys(buffer, options.Slots);
    }

    /// <summary>The profile of two texts side by side (n-grams across the join are not counted).</summary>
    public static NGramProfile Sum(NGramProfile a, NGramProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var keys = new ulong[a.Length + b.Length];
        var counts = new int[keys.Length];
        var weighted = a.Weights is not null && b.Weights is not null;
        var weights = weighted ? new float[keys.Length] : null;
        int x = 0, y = 0, k = 0;
        while (x < a.Length || y < b.Length)
        {
            var takeA = y >= b.Length || (x < a.Length && a.Keys[x] <= b.Keys[y]);
            var takeB = x >= a.Length || (y < b.Length && b.Keys[y] <= a.Keys[x]);
            keys[k] = takeA ? a.Keys[x] : b.Keys[y];
            counts[k] = (takeA ? a.Counts[x] : 0) + (takeB ? b.Counts[y] : 0);
            if (weights is not null)
            {
                weights[k] = takeA ? a.Weights![x] : b.Weights![y];
            }

            k++;
            x += takeA ? 1 : 0;
            y += takeB ? 1 : 0;
        }

        var slots = Math.Max(a.Totals.Length, b.Totals.Length);
        var totals = new int[slots];
        var weightedTotals = new double[slots];
        for (var s = 0; s < slots; s++)
        {
            totals[s] = (s < a.Totals.Length ? a.Totals[s] : 0) + (s < b.Totals.Length ? b.Totals[s] : 0);
            weightedTotals[s] = (s < a.WeightedTotals.Length ? a.WeightedTotals[s] : 0) + (s < b.WeightedTotals.Length ? b.WeightedTotals[s] : 0);
        }

        Array.Resize(ref keys, k);
        Array.Resize(ref counts, k);
        if (weights is not null)
        {
            Array.Resize(ref weights, k);
        }

        return new NGramProfile(keys, counts, totals, weights, weightedTotals);
    }

    /// <summary>The same n-grams, each weighted by <paramref name="weight"/> (for instance its inverse document frequency).</summary>
    public NGramProfile WithWeights(Func<ulong, float> weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        var weights = new float[Keys.Length];
        var weightedTotals = new double[Totals.Length];
        for (var k = 0; k < Keys.Length; k++)
        {
            weights[k] = weight(Keys[k]);
            weightedTotals[SlotOf(Keys[k])] += weights[k] * Counts[k];
        }

        return new NGramProfile(Keys, Counts, Totals, weights, weightedTotals);
    }

    /// <summary>Adds, per slot, the weighted clipped matches w · min(count here, count there) into <paramref name="matches"/>.</summary>
    public void CountMatches(NGramProfile other, Span<double> matches)
    {
        ArgumentNullException.ThrowIfNull(other);
        ReadOnlySpan<ulong> a = Keys, b = other.Keys;
        ReadOnlySpan<int> ca = Counts, cb = other.Counts;
        var weights = Weights;
        int x = 0, y = 0;

        // A branch-free merge: the two cursors advance by comparisons rather than by jumps the CPU must guess.
        while (x < a.Length && y < b.Length)
        {
            var ka = a[x];
            var kb = b[y];
            if (ka == kb)
            {
                matches[SlotOf(ka)] += Math.Min(ca[x], cb[y]) * (weights is null ? 1.0 : weights[x]);
            }

            x += ka <= kb ? 1 : 0;
            y += kb <= ka ? 1 : 0;
        }
    }

    /// <summary>Share of this profile's (weighted) n-grams, from slot <paramref name="firstSlot"/> up, that <paramref name="other"/> also holds.</summary>
    public double Coverage(NGramProfile other, int firstSlot = 0)
    {
        ArgumentNullException.ThrowIfNull(other);
        Span<double> matches = stackalloc double[Math.Max(Totals.Length, other.Totals.Length)];
        matches.Clear();
        CountMatches(other, matches);
        double matched = 0, total = 0;
        for (var s = firstSlot; s < Totals.Length; s++)
        {
            matched += matches[s];
            total += WeightedTotals[s];
        }

        return total > 0 ? matched / total : 0;
    }

    /// <summary>Adds, per slot, the clipped matches min(count here, count there) into <paramref name="matches"/>.</summary>
    public void CountMatches(NGramProfile other, Span<int> matches)
    {
        ArgumentNullException.ThrowIfNull(other);
        var a = Keys;
        var b = other.Keys;
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            var ka = a[x];
            var kb = b[y];
            if (ka == kb)
            {
                matches[SlotOf(ka)] += Math.Min(Counts[x], other.Counts[y]);
                x++;
                y++;
            }
            else if (ka < kb)
            {
                x++;
            }
            else
            {
                y++;
            }
        }
    }

    private static ulong Key(int slot, ulong hash) => ((ulong)slot << SlotShift) | (hash & HashMask);

    private static string Normalise(string text, bool lowercase)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[length++] = lowercase ? char.ToLowerInvariant(c) : c;
            }
        }

        return new string(chars, 0, length);
    }

    private static void AddWordNGrams(string text, ChrFOptions options, List<ulong> buffer)
    {
        var words = WordTokens.Split(options.Lowercase ? text.ToLowerInvariant() : text);
        for (var start = 0; start < words.Count; start++)
        {
            var hash = FnvOffset;
            var longest = Math.Min(options.WordOrder, words.Count - start);
            for (var n = 1; n <= longest; n++)
            {
                if (n > 1)
                {
                    hash = (hash ^ ' ') * FnvPrime;
                }

                foreach (var c in words[start + n - 1])
                {
                    hash = (hash ^ c) * FnvPrime;
                }

                buffer.Add(Key(options.CharOrder + n - 1, hash));
            }
        }
    }

    private static NGramProfile FromKeys(List<ulong> buffer, int slots)
    {
        buffer.Sort();
        var keys = new ulong[buffer.Count];
        var counts = new int[buffer.Count];
        var totals = new int[slots];
        var k = -1;
        for (var i = 0; i < buffer.Count; i++)
        {
            var key = buffer[i];
            totals[SlotOf(key)]++;
            if (k >= 0 && keys[k] == key)
            {
                counts[k]++;
            }
            else
            {
                keys[++k] = key;
                counts[k] = 1;
            }
        }

        Array.Resize(ref keys, k + 1);
        Array.Resize(ref counts, k + 1);
        return new NGramProfile(keys, counts, totals);
    }
}

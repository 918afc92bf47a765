namespace TranslationDiff.Analysis.Similarity;

/// <summary>
/// In how many texts each n-gram occurs, kept in a fixed table of hashed buckets (a rare collision merges two
/// n-grams' counts), and the inverse document frequency derived from it: ln((texts + 1) / (frequency + 0.5)).
/// Rare n-grams (names, numbers, content words) then weigh more than common ones when texts are compared.
/// </summary>
internal sealed class NGramDocumentFrequency
{
    private const ulong Mixer = 0x9E3779B97F4A7C15UL;
    private readonly int[] _counts;
    private readonly int _shift;

    /// <summary>A table of 2^<paramref name="bits"/> buckets.</summary>
    public NGramDocumentFrequency(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 28);
        _counts = new int[1 << bits];
        _shift = 64 - bits;
    }

    /// <summary>Texts counted so far.</summary>
    public int Texts { get; private set; }

    /// <summary>A table size suited to texts totalling <paramref name="characters"/> characters: about four buckets per n-gram, between 2^16 and 2^24.</summary>
    public static int BitsFor(long characters, int orders)
    {
        var ngrams = Math.Max(1, characters * orders);
        var bits = 2 + (int)Math.Ceiling(Math.Log2(ngrams));
        return Math.Clamp(bits, 16, 24);
    }

    /// <summary>Counts one text (its distinct keys).</summary>
    public void Add(NGramProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var key in profile.Keys)
        {
            _counts[Bucket(key)]++;
        }

        Texts++;
    }

    public int Frequency(ulong key) => _counts[Bucket(key)];

    public float InverseFrequency(ulong key) => (float)Math.Log((Texts + 1.0) / (Frequency(key) + 0.5));

    private int Bucket(ulong key) => (int)((key * Mixer) >> _shift);
}

using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// N-gram profiles of spans of consecutive units (up to <c>maxSpan</c> long), built on demand and dropped once the
/// search has moved past them, so only the spans near the current band are held.
/// </summary>
internal sealed class SpanProfileCache
{
    private readonly IReadOnlyList<string> _texts;
    private readonly ChrFOptions _options;
    private readonly int _maxSpan;
    private readonly Dictionary<long, NGramProfile> _spans = [];
    private readonly Func<ulong, float>? _weight;
    private int _floor;

    /// <param name="texts">The units.</param>
    /// <param name="options">How profiles are built.</param>
    /// <param name="maxSpan">Longest span asked for.</param>
    /// <param name="weight">Weight of each n-gram, or null for unweighted profiles.</param>
    public SpanProfileCache(IReadOnlyList<string> texts, ChrFOptions options, int maxSpan, Func<ulong, float>? weight = null)
    {
        _texts = texts;
        _options = options;
        _maxSpan = maxSpan;
        _weight = weight;
    }

    public int Count => _texts.Count;

    public NGramProfile Get(int start, int length)
    {
        var key = ((long)start * (_maxSpan + 1)) + length;
        if (_spans.TryGetValue(key, out var profile))
        {
            return profile;
        }

        if (length == 1)
        {
            profile = NGramProfile.Build(_texts[start], _options);
            if (_weight is not null)
            {
                profile = profile.WithWeights(_weight);
            }
        }
        else
        {
            profile = NGramProfile.Sum(Get(start, length - 1), Get(start + length - 1, 1));
        }

        _spans[key] = profile;
        return profile;
    }

    /// <summary>Forgets everything, for a new pass from the start.</summary>
    public void Clear()
    {
        _spans.Clear();
        _floor = 0;
    }

    /// <summary>Forgets every span that starts before <paramref name="floor"/>.</summary>
    public void Evict(int floor)
    {
        for (; _floor < floor; _floor++)
        {
            for (var length = 1; length <= _maxSpan; length++)
            {
                _spans.Remove(((long)_floor * (_maxSpan + 1)) + length);
            }
        }
    }
}

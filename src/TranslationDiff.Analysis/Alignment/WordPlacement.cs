using System.Globalization;
using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Where the words of one side find their match on the other, for boundary decisions that whole-sentence chrF
/// dilutes. Words are stems (the first <see cref="StemLength"/> letters of a lower-cased word of three letters or
/// more), weighted by their inverse document frequency over the units of both sides, so a rare word's placement
/// counts and "les" or "dans" hardly do.
/// <list type="bullet">
/// <item><see cref="Crossing"/>: for a 2-2 bead, the share of the matched weight that crosses (words of the first
/// source unit found only in the second target unit, and so on) rather than staying on the diagonal. A clause
/// moved across the sentence boundary shows as crossing; two independent 1-1 pairs hardly cross.</item>
/// <item><see cref="Leak"/>: for any bead, the share of matched weight that is found only just outside it (in the
/// unit before or after the other side's span), i.e. that the bead leaves to a neighbour.</item>
/// </list>
/// Memory: the stem ids of every unit (linear in the input) and one weight per distinct stem.
/// </summary>
internal sealed class WordPlacement
{
    /// <summary>Letters of a word kept as its stem.</summary>
    public const int StemLength = 5;

    private readonly int[][] _source;
    private readonly int[][] _target;
    private readonly double[] _weight;

    /// <param name="source">Source units in the pivot language.</param>
    /// <param name="target">Target units in the pivot language.</param>
    public WordPlacement(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequency = new List<int>();
        _source = source.Select(text => Stems(text, ids, frequency)).ToArray();
        _target = target.Select(text => Stems(text, ids, frequency)).ToArray();
        var units = source.Count + target.Count + 1.0;
        _weight = frequency.Select(f => Math.Log(units / f)).ToArray();
    }

    /// <summary>
    /// Balance of crossing and diagonal weight in the 2-2 bead of source units i0, i0 + 1 and target units j0, j0 + 1:
    /// 2 · min(crossing, diagonal) / (crossing + diagonal), 0..1. Two independent 1-1 pairs score near 0 (nothing
    /// crosses), and so does a bead shifted off the true alignment (nothing stays on the diagonal).
    /// </summary>
    public double Crossing(int i0, int j0)
    {
        var (s1, s2, t1, t2) = (_source[i0], _source[i0 + 1], _target[j0], _target[j0 + 1]);
        double diagonal = 0, crossing = 0;
        Count(s1, t1, t2, ref diagonal, ref crossing);
        Count(s2, t2, t1, ref diagonal, ref crossing);
        Count(t1, s1, s2, ref diagonal, ref crossing);
        Count(t2, s2, s1, ref diagonal, ref crossing);
        return diagonal + crossing > 0 ? 2 * Math.Min(diagonal, crossing) / (diagonal + crossing) : 0;
    }

    /// <summary>
    /// Leaked share of the bead of source units [i0, i0 + a) and target units [j0, j0 + b): the weight of its words
    /// that match only the unit just outside the other side's span, over that plus the weight matched inside.
    /// </summary>
    public double Leak(int i0, int a, int j0, int b)
    {
        double inside = 0, outside = 0;
        for (var i = i0; i < i0 + a; i++)
        {
            Place(_source[i], _target, j0, b, ref inside, ref outside);
        }

        for (var j = j0; j < j0 + b; j++)
        {
            Place(_target[j], _source, i0, a, ref inside, ref outside);
        }

        return inside + outside > 0 ? outside / (inside + outside) : 0;
    }

    private void Count(int[] words, int[] same, int[] other, ref double diagonal, ref double crossing)
    {
        foreach (var w in words)
        {
            if (Array.BinarySearch(same, w) >= 0)
            {
                diagonal += _weight[w];
            }
            else if (Array.BinarySearch(other, w) >= 0)
            {
                crossing += _weight[w];
            }
        }
    }

    private void Place(int[] words, int[][] side, int start, int length, ref double inside, ref double outside)
    {
        foreach (var w in words)
        {
            var found = false;
            for (var k = start; k < start + length && !found; k++)
            {
                found = Array.BinarySearch(side[k], w) >= 0;
            }

            if (found)
            {
                inside += _weight[w];
            }
            else if ((start > 0 && Array.BinarySearch(side[start - 1], w) >= 0)
                || (start + length < side.Length && Array.BinarySearch(side[start + length], w) >= 0))
            {
                outside += _weight[w];
            }
        }
    }

    /// <summary>Sorted distinct stem ids of a text, registering new stems and counting each once per text.</summary>
    private static int[] Stems(string text, Dictionary<string, int> ids, List<int> frequency)
    {
        var stems = new SortedSet<int>();
        foreach (var word in WordTokenizer.Tokenize(text))
        {
            if (word.Length < 3)
            {
                continue;
            }

            var lower = word.Text.ToLower(CultureInfo.InvariantCulture);
            var stem = lower.Length > StemLength ? lower[..StemLength] : lower;
            if (!ids.TryGetValue(stem, out var id))
            {
                id = ids.Count;
                ids[stem] = id;
                frequency.Add(0);
            }

            if (stems.Add(id))
            {
                frequency[id]++;
            }
        }

        return [.. stems];
    }
}

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// The cells a dynamic programme may visit: for each source prefix length i (0..n), the target prefix lengths
/// Low[i]..High[i]. Both bounds never decrease, the band starts at (0, 0) and ends at (n, m), and consecutive rows
/// overlap, so a path always exists.
/// </summary>
internal sealed class SearchBand
{
    private SearchBand(int[] low, int[] high, int targetCount)
    {
        Low = low;
        High = high;
        TargetCount = targetCount;
    }

    public int[] Low { get; }

    public int[] High { get; }

    public int SourceCount => Low.Length - 1;

    public int TargetCount { get; }

    /// <summary>Total number of cells in the band.</summary>
    public long Cells
    {
        get
        {
            long cells = 0;
            for (var i = 0; i < Low.Length; i++)
            {
                cells += High[i] - Low[i] + 1;
            }

            return cells;
        }
    }

    public static SearchBand Full(int n, int m)
    {
        var low = new int[n + 1];
        var high = new int[n + 1];
        Array.Fill(high, m);
        return new SearchBand(low, high, m);
    }

    /// <summary>
    /// A band from rough per-row bounds: clamps to 0..m, makes both bounds non-decreasing (low from the right,
    /// high from the left, so the band only widens), pins the corners and closes gaps between rows.
    /// </summary>
    public static SearchBand FromBounds(int[] low, int[] high, int m)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        var n = low.Length - 1;
        var lo = new int[n + 1];
        var hi = new int[n + 1];
        for (var i = 0; i <= n; i++)
        {
            lo[i] = Math.Clamp(Math.Min(low[i], high[i]), 0, m);
            hi[i] = Math.Clamp(Math.Max(low[i], high[i]), 0, m);
        }

        lo[0] = 0;
        hi[n] = m;
        for (var i = n - 1; i >= 0; i--)
        {
            lo[i] = Math.Min(lo[i], lo[i + 1]);
        }

        for (var i = 1; i <= n; i++)
        {
            hi[i] = Math.Max(hi[i], hi[i - 1]);
        }

        for (var i = 0; i < n; i++)
        {
            // Row i+1 starts where row i can reach by a 1-0 step.
            hi[i] = Math.Max(hi[i], lo[i + 1]);
        }

        return new SearchBand(lo, hi, m);
    }

    /// <summary>
    /// The band around a path found at a coarser scale: a path cell (i, j) stands for fine cells
    /// (i · <paramref name="scale"/>, j · <paramref name="scale"/>); every fine row gets the columns its coarse
    /// steps cover, widened by <paramref name="margin"/> on each side.
    /// </summary>
    public static SearchBand AroundPath(IReadOnlyList<(int I, int J)> path, int scale, int n, int m, int margin)
    {
        ArgumentNullException.ThrowIfNull(path);
        var low = new int[n + 1];
        var high = new int[n + 1];
        Array.Fill(low, int.MaxValue);
        Array.Fill(high, int.MinValue);
        for (var k = 0; k < path.Count; k++)
        {
            var (i0, j0) = path[Math.Max(0, k - 1)];
            var (i1, j1) = path[k];
            var rowEnd = Math.Min(n, i1 * scale);
            var columnStart = Math.Min(m, j0 * scale) - margin;
            var columnEnd = Math.Min(m, j1 * scale) + margin;
            for (var r = Math.Min(n, i0 * scale); r <= rowEnd; r++)
            {
                low[r] = Math.Min(low[r], columnStart);
                high[r] = Math.Max(high[r], columnEnd);
            }
        }

        for (var r = 1; r <= n; r++)
        {
            if (low[r] == int.MaxValue)
            {
                low[r] = low[r - 1];
                high[r] = high[r - 1];
            }
        }

        return FromBounds(low, high, m);
    }
}

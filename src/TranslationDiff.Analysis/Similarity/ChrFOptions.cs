namespace TranslationDiff.Analysis.Similarity;

/// <summary>
/// Settings of the character n-gram F-score. The defaults are sacreBLEU's chrF: character orders 1..6,
/// whitespace removed before n-grams are taken, case kept, no word n-grams, recall weighted by beta = 2.
/// <see cref="WordOrder"/> = 2 gives chrF++.
/// </summary>
internal sealed record ChrFOptions
{
    public static ChrFOptions Default { get; } = new();

    /// <summary>Highest character n-gram order (1..<see cref="MaxOrder"/>).</summary>
    public int CharOrder { get; init; } = 6;

    /// <summary>Lowest character n-gram order counted (1 in chrF; higher drops the noisy short n-grams).</summary>
    public int MinCharOrder { get; init; } = 1;

    /// <summary>Highest word n-gram order (0 = chrF, 2 = chrF++).</summary>
    public int WordOrder { get; init; }

    /// <summary>Weight of recall against precision.</summary>
    public double Beta { get; init; } = 2.0;

    /// <summary>Compare case-insensitively.</summary>
    public bool Lowercase { get; init; }

    /// <summary>The largest order either kind of n-gram may have.</summary>
    public const int MaxOrder = 8;

    /// <summary>Number of order slots a profile built with these options carries (character orders, then word orders).</summary>
    public int Slots => CharOrder + WordOrder;

    public void Validate()
    {
        if (CharOrder is < 1 or > MaxOrder || WordOrder is < 0 or > MaxOrder || MinCharOrder < 1 || MinCharOrder > CharOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(CharOrder), "chrF orders must satisfy 1 <= MinCharOrder <= CharOrder <= 8 and 0 <= WordOrder <= 8.");
        }

        if (!(Beta > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Beta), "chrF beta must be positive.");
        }
    }
}

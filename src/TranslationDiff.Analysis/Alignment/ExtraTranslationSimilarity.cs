namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Bead similarity from translations beyond the source's translation into the target's language (as Bleualign can
/// use several): the source as written against the target's translation into the source's language (the target
/// side), and a second translation of the source against the target. Each is measured like the main similarity
/// (IDF-weighted chrF++ of the concatenated spans, document frequencies over its own two sides) and combined
/// with it: a second source translation is averaged into the source side with weight
/// <see cref="SequenceAlignerOptions.SecondTranslationWeight"/>; the target side is then averaged in with weight
/// <see cref="SequenceAlignerOptions.TargetTranslationWeight"/>, or, with
/// <see cref="SequenceAlignerOptions.TargetTranslationMax"/>, the larger of the two sides is taken. Only the
/// translations given and weighted above zero are read.
/// </summary>
internal sealed class ExtraTranslationSimilarity
{
    private readonly SequenceAlignerOptions _options;
    private readonly SpanProfileCache? _original;
    private readonly SpanProfileCache? _targetTranslation;
    private readonly SpanProfileCache? _secondSource;
    private readonly SpanProfileCache? _targetForSecond;

    private ExtraTranslationSimilarity(SequenceAlignerOptions options, SequenceAlignmentInput input, int maxSpan)
    {
        _options = options;
        if (UsesTargetSide(options, input))
        {
            (_original, _targetTranslation) = SpanProfileCache.WeightedPair(input.Original!, input.TargetTranslation!, options.ChrF, options.IdfExponent, maxSpan);
        }

        if (UsesSecondSource(options, input))
        {
            (_secondSource, _targetForSecond) = SpanProfileCache.WeightedPair(input.SecondSourceTranslation!, input.Target, options.ChrF, options.IdfExponent, maxSpan);
        }
    }

    /// <summary>The extra similarity for <paramref name="input"/>, or null when it brings no extra translation the options weigh.</summary>
    public static ExtraTranslationSimilarity? Create(SequenceAlignerOptions options, SequenceAlignmentInput input, int maxSpan) =>
        UsesTargetSide(options, input) || UsesSecondSource(options, input) ? new ExtraTranslationSimilarity(options, input, maxSpan) : null;

    /// <summary>The combined similarity of source span [i0, i0 + a) and target span [j0, j0 + b), given the main one.</summary>
    public double Combine(double main, int i0, int a, int j0, int b)
    {
        var sourceSide = main;
        if (_secondSource is not null)
        {
            var w = _options.SecondTranslationWeight;
            sourceSide = ((1 - w) * main) + (w * Score(_secondSource, _targetForSecond!, i0, a, j0, b));
        }

        if (_original is null)
        {
            return sourceSide;
        }

        var targetSide = Score(_original, _targetTranslation!, i0, a, j0, b);
        if (_options.TargetTranslationMax)
        {
            return Math.Max(sourceSide, targetSide);
        }

        var weight = _options.TargetTranslationWeight;
        return ((1 - weight) * sourceSide) + (weight * targetSide);
    }

    /// <summary>Forgets source spans starting before <paramref name="sourceFloor"/> and target spans before <paramref name="targetFloor"/>.</summary>
    public void Evict(int sourceFloor, int targetFloor)
    {
        _original?.Evict(sourceFloor);
        _secondSource?.Evict(sourceFloor);
        _targetTranslation?.Evict(targetFloor);
        _targetForSecond?.Evict(targetFloor);
    }

    public void Clear()
    {
        _original?.Clear();
        _secondSource?.Clear();
        _targetTranslation?.Clear();
        _targetForSecond?.Clear();
    }

    private static bool UsesTargetSide(SequenceAlignerOptions options, SequenceAlignmentInput input) =>
        input.TargetTranslation is not null && input.Original is not null && (options.TargetTranslationMax || options.TargetTranslationWeight > 0);

    private static bool UsesSecondSource(SequenceAlignerOptions options, SequenceAlignmentInput input) =>
        input.SecondSourceTranslation is not null && options.SecondTranslationWeight > 0;

    private double Score(SpanProfileCache source, SpanProfileCache target, int i0, int a, int j0, int b) =>
        Similarity.ChrF.Score(source.Get(i0, a), target.Get(j0, b), _options.ChrF.Beta, _options.ChrF.MinCharOrder - 1);
}

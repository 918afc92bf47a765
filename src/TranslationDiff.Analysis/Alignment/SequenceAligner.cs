using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Monotonic alignment of two sequences of pivot-language texts by dynamic programming over beads 0-1, 1-0, 1-1,
/// 1-2, 2-1, 2-2, 1-3 and 3-1, scored by <see cref="BeadScorer"/> (chrF of the pivot texts plus a Gale–Church
/// length prior).
/// </summary>
public sealed class SequenceAligner : ISequenceAligner
{
    private readonly SequenceAlignerOptions _options;

    public SequenceAligner()
        : this(SequenceAlignerOptions.Default)
    {
    }

    internal SequenceAligner(SequenceAlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ChrF.Validate();
        _options = options;
    }

    public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target) => Align(source, target, null);

    /// <summary>
    /// Aligns <paramref name="source"/> (pivot texts) with <paramref name="target"/>; when given,
    /// <paramref name="original"/> (the source units as written, before translation) feeds the length prior.
    /// </summary>
    public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyList<string>? original)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (original is not null && original.Count != source.Count)
        {
            throw new ArgumentException("The original source needs as many units as its translation.", nameof(original));
        }

        var scorer = new BeadScorer(_options, source, target, original);
        return Align(scorer, source, target);
    }

    internal IReadOnlyList<Bead> Align(BeadScorer scorer, IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        var (n, m) = (source.Count, target.Count);
        var band = (long)n * m <= _options.FullSearchCells ? SearchBand.Full(n, m) : CoarseSearch.Band(source, target, _options);
        var path = BandedDynamicProgramme.Path(band, SequenceAlignerOptions.FirstPassShapes, scorer.Score, i => scorer.Forget(i, band));
        band = SearchBand.AroundPath(path, 1, n, m, _options.SecondPassMargin);
        scorer.Restart();
        var beads = BandedDynamicProgramme.Align(band, _options.Shapes(), scorer.Score, i => scorer.Forget(i, band));
        scorer.Restart();
        var scored = new List<Bead>(beads.Count);
        foreach (var bead in beads)
        {
            if (bead.Source.Count > 0)
            {
                scorer.Forget(bead.Source[0], band);
            }

            scored.Add(bead with { Score = Math.Round(scorer.Similarity(bead), 4) });
        }

        return scored;
    }
}

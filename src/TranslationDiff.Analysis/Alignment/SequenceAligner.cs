using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Monotonic alignment of two sequences of pivot-language texts by dynamic programming over beads 0-1, 1-0, 1-1,
/// 1-2, 2-1, 2-2, 1-3 and 3-1, scored by <see cref="BeadScorer"/> (chrF of the pivot texts plus a Gale–Church
/// length prior).
/// </summary>
internal sealed class SequenceAligner : ISequenceAligner
{
    private readonly SequenceAlignerOptions _options;

    public SequenceAligner()
        : this(SequenceAlignerOptions.Default)
    {
    }

    public SequenceAligner(SequenceAlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ChrF.Validate();
        _options = options;
    }

    public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target) => Align(source, target, null);

    /// <summary>
    /// Aligns <paramref name="source"/> (pivot texts) with <paramref name="target"/>; when given,
    /// <paramref name="sourceLengths"/> (lengths of the untranslated source units) feed the length prior instead
    /// of the pivot texts' lengths.
    /// </summary>
    public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target, IReadOnlyList<int>? sourceLengths)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (sourceLengths is not null && sourceLengths.Count != source.Count)
        {
            throw new ArgumentException("One source length per source unit is needed.", nameof(sourceLengths));
        }

        var scorer = new BeadScorer(_options, source, target, sourceLengths);
        return Align(scorer, source.Count, target.Count);
    }

    internal IReadOnlyList<Bead> Align(BeadScorer scorer, int n, int m)
    {
        var band = SearchBand.Full(n, m);
        var beads = BandedDynamicProgramme.Align(band, _options.Shapes(), scorer.Score);
        return beads.Select(b => b with { Score = Math.Round(scorer.Similarity(b.Source.Count > 0 ? b.Source[0] : 0, b.Source.Count, b.Target.Count > 0 ? b.Target[0] : 0, b.Target.Count), 4) }).ToList();
    }
}

using TranslationDiff.Core.Alignment;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Monotonic alignment of two sequences of pivot-language texts (sentences or paragraphs) by dynamic programming
/// over beads 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 and the five-unit beads, each scored by
/// <see cref="BeadScorer"/>: the IDF-weighted chrF++ of the concatenated texts, less a share of the similarity
/// with the neighbouring units (a margin, as in Bertalign), times a length-ratio prior; fixed scores for
/// unaligned units and small penalties for larger beads.
/// <para>
/// Search, in two passes, both banded: the first pass (1-1, 1-0 and 0-1 beads only) finds a rough path over
/// the whole grid, or, when source × target exceeds <see cref="SequenceAlignerOptions.FullSearchCells"/>,
/// inside the band that <see cref="CoarseSearch"/> finds by aligning blocks of units; the second pass allows every
/// bead shape within <see cref="SequenceAlignerOptions.SecondPassMargin"/> units of that path. Memory is one byte
/// per band cell plus profiles of the units near the search front, so time and memory grow linearly with the
/// input (100,000 × 102,000 sentences: about 200 MiB).
/// </para>
/// <para>
/// Parameters (<see cref="SequenceAlignerOptions"/>) were chosen on the Text+Berg benchmark by a random search,
/// then a regular grid over the skip scores and shape penalties, both scored with leave-one-document-out
/// (benchmarks/TranslationDiff.Benchmarks, <c>align-tune</c>): the held-out strict F1 is the figure to quote, the
/// defaults are the setting best on all documents. Deterministic: no
/// randomness, no clock, ties broken by a fixed order.
/// </para>
/// </summary>
public sealed class SequenceAligner : ISequenceAligner
{
    private readonly SequenceAlignerOptions _options;

    public SequenceAligner()
        : this(SequenceAlignerOptions.Default)
    {
    }

    /// <summary>
    /// An aligner that also compares the source as written with the target through <paramref name="dictionary"/>
    /// (source-language words to target-language translations), at the settings tuned for it
    /// (<see cref="SequenceAlignerOptions.WithDictionary"/>). Takes effect only when the untranslated source is given.
    /// </summary>
    public SequenceAligner(BilingualLexicon dictionary)
        : this(SequenceAlignerOptions.WithDictionary(dictionary))
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

using TranslationDiff.Analysis.Similarity;

namespace TranslationDiff.Analysis.Alignment;

/// <summary>
/// Where to look when the input is too large to search in full (in the manner of Vecalign's recursive
/// down-sampling): texts are gathered into blocks of <see cref="SequenceAlignerOptions.CoarseBlockSize"/> units,
/// described by hashed trigram vectors, and the blocks are halved again until the block grid is small enough to
/// search in full. The path found there is projected one level down, widened, and searched again in that band,
/// down to the first level; the band around that path, in units, is the result. Every search is banded, so
/// time and memory grow linearly with the input, and no global anchor search is made, so repeated text cannot
/// pull the path far off the diagonal.
/// </summary>
internal static class CoarseSearch
{
    private static readonly BeadShape[] Shapes = [new(1, 1), new(1, 0), new(0, 1), new(1, 2), new(2, 1)];

    public static SearchBand Band(IReadOnlyList<string> source, IReadOnlyList<string> target, SequenceAlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var blockSize = options.CoarseBlockSize;
        var levels = new List<(HashedNGramVectors Source, HashedNGramVectors Target)>
        {
            (HashedNGramVectors.OfBlocks(source, blockSize), HashedNGramVectors.OfBlocks(target, blockSize)),
        };
        while ((long)levels[^1].Source.Count * levels[^1].Target.Count > options.FullSearchCells && Math.Min(levels[^1].Source.Count, levels[^1].Target.Count) > 1)
        {
            levels.Add((levels[^1].Source.Halve(), levels[^1].Target.Halve()));
        }

        var top = levels[^1];
        var path = Search(SearchBand.Full(top.Source.Count, top.Target.Count), top.Source, top.Target, options);
        for (var level = levels.Count - 2; level >= 0; level--)
        {
            var (s, t) = levels[level];
            path = Search(SearchBand.AroundPath(path, 2, s.Count, t.Count, options.CoarseMargin), s, t, options);
        }

        return SearchBand.AroundPath(path, blockSize, source.Count, target.Count, blockSize * options.CoarseMargin);
    }

    private static List<(int I, int J)> Search(SearchBand band, HashedNGramVectors source, HashedNGramVectors target, SequenceAlignerOptions options)
    {
        var centre = HashedNGramVectors.Centre(source, target);
        return BandedDynamicProgramme.Path(band, Shapes, (i0, a, j0, b) => (a, b) switch
        {
            (1, 1) => source.Cosine(i0, target, j0, centre),
            (1, 2) => source.CosineWithPair(i0, target, j0, centre) - options.CoarseMergePenalty,
            (2, 1) => target.CosineWithPair(j0, source, i0, centre) - options.CoarseMergePenalty,
            _ => options.CoarseSkipScore,
        });
    }
}

using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The sentence of another edition that matches one of this edition's sentences: in the counterpart's pivot text,
/// the sentence sharing most words with it (each the other's best match, Dice at least the given share), with the
/// counterpart's own sentence beside it when its text and pivot text have as many sentences.
/// </summary>
internal static class CounterpartSentences
{
    public static (string Pivot, string? Own)? Match(Counterpart counterpart, IReadOnlyList<string> mine, int index, string pivotLanguage, double minOverlap)
    {
        ArgumentNullException.ThrowIfNull(counterpart);
        ArgumentNullException.ThrowIfNull(mine);
        var theirs = SentenceSegmenter.Split(counterpart.PivotText, pivotLanguage).Select(s => s.Text).ToList();
        var best = WordOverlap.Best(theirs, mine[index]);
        if (best < 0 || WordOverlap.Dice(theirs[best], mine[index]) < minOverlap || WordOverlap.Best(mine, theirs[best]) != index)
        {
            return null;
        }

        var own = SentenceSegmenter.Split(counterpart.Text, counterpart.Language);
        return (theirs[best], own.Count == theirs.Count ? own[best].Text : null);
    }
}

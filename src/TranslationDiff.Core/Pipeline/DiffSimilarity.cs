using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Pipeline;

/// <summary>Share of words in equal runs: 2 × equal / (reference words + edition words).</summary>
public static class DiffSimilarity
{
    public static double Of(IReadOnlyList<DiffPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        int equal = 0, deleted = 0, inserted = 0;
        foreach (var piece in pieces)
        {
            var words = CountWords(piece.Text);
            switch (piece.Operation)
            {
                case DiffOperation.Equal: equal += words; break;
                case DiffOperation.Deleted: deleted += words; break;
                default: inserted += words; break;
            }
        }

        var total = (2 * equal) + deleted + inserted;
        return total == 0 ? 1.0 : Math.Round(2.0 * equal / total, 4);
    }

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

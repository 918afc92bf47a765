using DiffPlex;
using TranslationDiff.Core.Diffing;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Diffing;

/// <summary>
/// Word diff with DiffPlex over <see cref="UnicodeWordChunker"/> chunks. White space compares equal
/// whatever its kind (a no-break space matches a space); runs of one operation are merged.
/// </summary>
public sealed class DiffPlexWordDiffer : IWordDiffer
{
    private readonly Differ _differ = new();

    public IReadOnlyList<DiffPiece> Diff(string reference, string other)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(other);
        var result = _differ.CreateDiffs(reference, other, ignoreWhiteSpace: true, ignoreCase: false, UnicodeWordChunker.Instance);
        var pieces = new List<DiffPiece>();
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            // Equal run before the block, taken from the other text (same words).
            Append(pieces, DiffOperation.Equal, result.PiecesNew, b, block.InsertStartB - b);
            Append(pieces, DiffOperation.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(pieces, DiffOperation.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            b = block.InsertStartB + block.InsertCountB;
        }

        Append(pieces, DiffOperation.Equal, result.PiecesNew, b, result.PiecesNew.Count - b);
        return pieces;
    }

    private static void Append(List<DiffPiece> pieces, DiffOperation operation, IReadOnlyList<string> chunks, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(chunks.Skip(start).Take(count));
        if (pieces.Count > 0 && pieces[^1].Operation == operation)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else if (operation != DiffOperation.Equal && string.IsNullOrWhiteSpace(text) && pieces.Count > 0)
        {
            // A change of white space only: keep the other text's spacing as part of the equal run.
            if (operation == DiffOperation.Inserted)
            {
                pieces.Add(new DiffPiece(DiffOperation.Equal, text));
            }
        }
        else
        {
            pieces.Add(new DiffPiece(operation, text));
        }
    }
}

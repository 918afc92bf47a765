using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Diffing;

/// <summary>Word-level diff of two texts in one language.</summary>
public interface IWordDiffer
{
    /// <summary>Pieces that turn <paramref name="reference"/> into <paramref name="other"/>.</summary>
    IReadOnlyList<DiffPiece> Diff(string reference, string other);
}

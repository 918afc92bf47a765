namespace TranslationDiff.Core.Model;

/// <summary>A run of words that both texts share, or that only one of them has.</summary>
/// <param name="Operation">Equal, Inserted (only in the edition), Deleted (only in the reference).</param>
/// <param name="Text">The words of the run, with their original spacing.</param>
public sealed record DiffPiece(DiffOperation Operation, string Text);

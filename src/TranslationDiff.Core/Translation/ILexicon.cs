namespace TranslationDiff.Core.Translation;

/// <summary>
/// A language's dictionary, asked which words of a text it does not know. The pipeline asks it about the
/// editions that need no translation (those already in the pivot language), whose unknown words would otherwise
/// go unseen: a Spanish « concejal » left in an English edition is unknown to an English dictionary, while an
/// engine reports the unknown words of the editions it translates.
/// </summary>
public interface ILexicon
{
    /// <summary>
    /// The words of each text the dictionary does not know, in order of appearance, one list per text; null when
    /// there is no dictionary for <paramref name="language"/> or it could not be read (the run goes on without).
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<string>>?> FindUnknownWordsAsync(string language, IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

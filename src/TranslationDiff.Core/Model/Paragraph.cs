namespace TranslationDiff.Core.Model;

/// <summary>One paragraph of an edition: its original text and its rendering in the pivot language.</summary>
public sealed class Paragraph
{
    public int Index { get; init; }

    public BlockKind Kind { get; init; } = BlockKind.Paragraph;

    /// <summary>The text as the edition published it.</summary>
    public required string Text { get; init; }

    /// <summary>The text in the pivot language (equal to <see cref="Text"/> for the pivot-language edition).</summary>
    public string PivotText { get; set; } = string.Empty;

    /// <summary>Words the translation engine did not know (evidence for detectors), in the order met.</summary>
    public IReadOnlyList<string> UnknownWords { get; set; } = [];

    /// <summary>
    /// Of <see cref="UnknownWords"/>, those no dictionary of the edition's language knows either: an engine's
    /// dictionary lacks words its language has (« esprint » is unknown to the Spanish–English engine, known to the
    /// Spanish–Catalan pair's analyser). Null when no dictionary was asked; for the pivot-language edition,
    /// <see cref="UnknownWords"/> already comes from the dictionaries.
    /// </summary>
    public IReadOnlyList<string>? UnknownToLanguage { get; set; }

    /// <summary>
    /// The pieces of <see cref="UnknownWords"/> (<see cref="Translation.WordPieces"/>) that a dictionary of the
    /// edition's language knows as words: « lascalles » is unknown, its piece « calles » a word, so two words were
    /// glued. Null when no dictionary was asked.
    /// </summary>
    public IReadOnlyList<string>? KnownParts { get; set; }

    /// <summary>Sentence lengths (characters) of <see cref="PivotText"/> as the engine reported them, when it does.</summary>
    public IReadOnlyList<int>? PivotSentenceLengths { get; set; }

    /// <summary>
    /// The pivot text by a second route or engine (a second opinion, used to tell edition artifacts from engine
    /// artifacts), or null when none was made.
    /// </summary>
    public string? SecondPivotText { get; set; }

    /// <summary>The words the second opinion's engine did not know, when there is a second opinion.</summary>
    public IReadOnlyList<string>? SecondUnknownWords { get; set; }
}

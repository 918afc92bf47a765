namespace TranslationDiff.Core.Translation;

/// <summary>One translated text.</summary>
/// <param name="Text">The translation, cleaned for display (no engine markers).</param>
/// <param name="UnknownWords">Source words the engine did not know (Apertium's '*' marks), in order.</param>
/// <param name="SentenceLengths">Lengths of the translation's sentences when the engine reports them (Azure).</param>
public sealed record TranslatedText(string Text, IReadOnlyList<string> UnknownWords, IReadOnlyList<int>? SentenceLengths = null)
{
    public static TranslatedText Plain(string text) => new(text, []);
}

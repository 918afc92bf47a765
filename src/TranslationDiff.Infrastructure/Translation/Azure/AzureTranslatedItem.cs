namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>One element of a /translate response: the text and its sentence lengths (<c>sentLen.transSentLen</c>).</summary>
internal sealed record AzureTranslatedItem(string Text, IReadOnlyList<int>? SentenceLengths);

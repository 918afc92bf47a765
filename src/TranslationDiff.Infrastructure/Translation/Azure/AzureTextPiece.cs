namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// What is sent for (part of) one input text: <paramref name="Content"/> goes to the service,
/// <paramref name="Separator"/> (the whitespace after it) is put back when the pieces are rejoined.
/// </summary>
/// <param name="Ordinal">Position among all pieces of the request.</param>
/// <param name="TextIndex">Which input text it belongs to.</param>
internal sealed record AzureTextPiece(int Ordinal, int TextIndex, string Content, string Separator)
{
    /// <summary>Empty or blank content is never sent.</summary>
    public bool IsSent => !string.IsNullOrWhiteSpace(Content);
}

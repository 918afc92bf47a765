using System.Security.Cryptography;
using System.Text;
using TranslationDiff.Infrastructure.Text;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>
/// A source text as the memory keys it: normalised by <see cref="TextNormalizer"/> (NFC, layout white space
/// collapsed, trimmed; no-break and other typographic spaces kept). <see cref="Hash"/> is the
/// lower-case hex SHA-256 of the normalised text's UTF-8 bytes.
/// </summary>
internal sealed record MemoryKey(string Text, string Hash)
{
    public bool IsEmpty => Text.Length == 0;

    public static MemoryKey Of(string text)
    {
        var normalized = Normalize(text);
        return new MemoryKey(normalized, normalized.Length == 0 ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized))));
    }

    public static string Normalize(string text) => TextNormalizer.Collapse(text);
}

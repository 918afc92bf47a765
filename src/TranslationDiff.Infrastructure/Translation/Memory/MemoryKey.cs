using System.Security.Cryptography;
using System.Text;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>
/// A source text as the memory keys it: Unicode NFC, runs of layout white space (spaces, tabs, line breaks)
/// collapsed to one space, trimmed; no-break and other typographic spaces are kept. <see cref="Hash"/> is the
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

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (IsLayoutSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Spaces that only lay text out; U+00A0, U+202F, U+2007 and the typographic spaces carry meaning.</summary>
    private static bool IsLayoutSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
}

using System.Text;

namespace TranslationDiff.Infrastructure.Text;

/// <summary>
/// The one normalisation of text the infrastructure applies, for extracted paragraphs and for translation
/// memory keys alike: Unicode NFC, runs of layout white space (spaces, tabs, line breaks, zero-width space)
/// collapsed to one space, trimmed. No-break, narrow no-break and the typographic spaces are kept: they carry
/// meaning in French typography and in numbers.
/// </summary>
internal static class TextNormalizer
{
    public static string Collapse(string text)
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

    private static bool IsLayoutSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' or '\u200B';
}

using System.Text;

namespace TranslationDiff.Infrastructure.Extraction;

/// <summary>
/// Collapses layout white space (spaces, tabs, line breaks) into single spaces and trims; keeps
/// no-break spaces, which carry meaning in French typography and in numbers.
/// </summary>
internal static class TextNormalizer
{
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u200B')
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

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

using System.Text;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Sends many paragraphs through one engine call and gets exactly as many back, in order. Each paragraph
/// is followed by a blank line, a private-use end mark (U+E003) alone on its line and another blank line.
/// Apertium's text format turns every blank line into a "superblank" that passes through the pipeline
/// verbatim and also ends the sentence, so no transfer rule reaches across paragraphs; the end mark is an
/// ordinary character outside every dictionary's alphabet, so the engine copies it unmarked. The output is
/// split on the end marks: N paragraphs give N marks and a blank tail, whatever the engine did to
/// whitespace or punctuation; a missing mark (a truncating service) is detected instead of shifting text
/// into the wrong paragraph.
/// </summary>
internal static class ParagraphBatch
{
    /// <summary>The end mark after each paragraph.</summary>
    public const char EndMark = '\uE003';

    private const string Separator = "\n\n\uE003\n\n";

    /// <summary>
    /// Makes a text safe to batch: line breaks and control characters become spaces (a paragraph is one
    /// line), the private-use characters reserved for marks (U+E000 to U+E003) become U+FFFD, ends are trimmed.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' || (char.IsControl(c) && c != '\t'))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                if (c == ' ')
                {
                    continue;
                }
            }

            builder.Append(c is >= '\uE000' and <= EndMark ? '\uFFFD' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>The engine input for <paramref name="texts"/> (already normalised, none empty).</summary>
    public static string Join(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = new StringBuilder();
        foreach (var text in texts)
        {
            builder.Append(text).Append(Separator);
        }

        return builder.ToString();
    }

    /// <summary>The <paramref name="expected"/> translations in an engine output, or null when the marks do not add up.</summary>
    public static IReadOnlyList<string>? Split(string output, int expected)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parts = output.Split(EndMark);
        if (parts.Length != expected + 1 || !string.IsNullOrWhiteSpace(parts[^1]))
        {
            return null;
        }

        return parts.Take(expected).Select(p => p.Trim()).ToList();
    }

    /// <summary>The UTF-8 size one text adds to a batch.</summary>
    public static int Utf8Size(string text) => Encoding.UTF8.GetByteCount(text) + Encoding.UTF8.GetByteCount(Separator);
}

using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Shared reasoning of the omitted- and added-paragraph checks: which groups an edition lacks or adds.</summary>
internal static class ParagraphPresence
{
    public static int Words(string text) => Text.WordTokenizer.Tokenize(text).Count;

    /// <summary>The paragraph of the edition before which a missing group's text belongs, and the offset there.</summary>
    public static (int Paragraph, int Offset) InsertionPoint(DetectionContext context, Edition edition, int groupIndex)
    {
        for (var g = groupIndex + 1; g < context.Groups.Count; g++)
        {
            var members = context.Groups[g].For(edition.Language);
            if (members.Count > 0)
            {
                return (members.Min(), 0);
            }
        }

        if (edition.Paragraphs.Count == 0)
        {
            return (-1, 0);
        }

        var last = edition.Paragraphs[^1];
        return (last.Index, last.Text.Length);
    }

    public static Severity SeverityFor(int words, bool heading, DetectionOptions options) =>
        heading || words < options.ParagraphMajorWords ? Severity.Minor : Severity.Major;
}

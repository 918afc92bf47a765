using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Builds findings: fills the flagged text, locates it in the pivot text, and names the group.</summary>
internal static class FindingFactory
{
    public static Finding Create(
        DetectionContext context,
        Edition edition,
        int paragraph,
        int start,
        int length,
        (string Check, string Category, Severity Severity) kind,
        string message,
        IReadOnlyDictionary<string, string>? evidence = null,
        (int Start, int Length)? pivot = null,
        string? groupId = null)
    {
        var text = paragraph >= 0 && paragraph < edition.Paragraphs.Count ? edition.Paragraphs[paragraph].Text : string.Empty;
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        var flagged = text.Substring(start, length);
        var (pivotStart, pivotLength) = pivot ?? Locate(context, edition, paragraph, start, flagged);
        return new Finding
        {
            Check = kind.Check,
            Category = kind.Category,
            Severity = kind.Severity,
            Language = edition.Language,
            Paragraph = paragraph,
            Start = start,
            Length = length,
            Text = flagged,
            PivotStart = pivotStart,
            PivotLength = pivotStart < 0 ? 0 : pivotLength,
            Message = message,
            Evidence = evidence ?? new Dictionary<string, string>(),
            GroupId = groupId ?? (paragraph >= 0 ? context.GroupOf(edition.Language, paragraph)?.Id : null),
        };
    }

    /// <summary>The span's place in the pivot text: the same span for a pivot-language edition, else the first occurrence.</summary>
    private static (int Start, int Length) Locate(DetectionContext context, Edition edition, int paragraph, int start, string flagged)
    {
        if (paragraph < 0 || paragraph >= edition.Paragraphs.Count || flagged.Length == 0)
        {
            return (-1, 0);
        }

        var p = edition.Paragraphs[paragraph];
        if (context.IsPivotEdition(edition) || string.Equals(p.PivotText, p.Text, StringComparison.Ordinal))
        {
            return (start, flagged.Length);
        }

        var index = p.PivotText.IndexOf(flagged, StringComparison.Ordinal);
        if (index < 0)
        {
            index = p.PivotText.IndexOf(flagged, StringComparison.OrdinalIgnoreCase);
        }

        return index < 0 ? (-1, 0) : (index, flagged.Length);
    }
}

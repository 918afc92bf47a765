using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The sentences of a paragraph paired with their pivot rendering: the same sentences for a pivot-language
/// edition, sentence by sentence when the engine kept the sentence count, else the whole paragraph as one.
/// </summary>
internal static class SentenceMap
{
    public static IReadOnlyList<(TextSpan Original, string Pivot)> Of(Paragraph paragraph, string language, bool isPivotEdition)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var original = SentenceSegmenter.Split(paragraph.Text, language);
        if (isPivotEdition)
        {
            return original.Select(s => (s, s.Text)).ToList();
        }

        var pivot = SentenceSegmenter.Split(paragraph.PivotText, language);
        if (pivot.Count == original.Count)
        {
            return original.Zip(pivot, (o, p) => (o, p.Text)).ToList();
        }

        return [(new TextSpan(0, paragraph.Text.Length, paragraph.Text), paragraph.PivotText)];
    }
}

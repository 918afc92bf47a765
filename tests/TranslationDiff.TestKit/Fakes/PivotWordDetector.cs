using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>A check that flags every paragraph whose pivot text holds <paramref name="word"/> (so it depends on the engine).</summary>
public sealed class PivotWordDetector(string word, Severity severity = Severity.Major) : IArtifactDetector
{
    public string Id => "pivot-word";

    public IEnumerable<Finding> Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var edition in context.Editions)
        {
            foreach (var paragraph in edition.Paragraphs.Where(p => p.PivotText.Contains(word, StringComparison.Ordinal)))
            {
                yield return new Finding
                {
                    Check = Id,
                    Category = "accuracy/mistranslation",
                    Severity = severity,
                    Language = edition.Language,
                    Paragraph = paragraph.Index,
                    Text = word,
                    Message = $"“{word}” in the pivot text",
                };
            }
        }
    }
}

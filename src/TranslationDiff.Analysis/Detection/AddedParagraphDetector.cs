using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>A paragraph of an edition that has no counterpart in the reference edition (an alignment group without the reference).</summary>
internal sealed class AddedParagraphDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.AddedParagraph;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var reference = context.Reference();
        if (reference is null)
        {
            yield break;
        }

        foreach (var group in context.Groups.Where(g => g.For(reference.Language).Count == 0 && !string.Equals(g.Kind, "moved", StringComparison.Ordinal)))
        {
            foreach (var edition in context.Judged())
            {
                foreach (var index in group.For(edition.Language).Where(i => i >= 0 && i < edition.Paragraphs.Count))
                {
                    var paragraph = edition.Paragraphs[index];
                    var words = ParagraphPresence.Words(paragraph.Text);
                    if (words < Options.ParagraphMinWords)
                    {
                        continue;
                    }

                    var heading = paragraph.Kind == BlockKind.Heading;
                    var others = context.Editions.Where(e => !ReferenceEquals(e, edition) && group.For(e.Language).Count > 0).Select(e => e.Language).ToList();
                    var also = others.Count == 0 ? string.Empty : $" ({string.Join(", ", others)} also {(others.Count == 1 ? "has" : "have")} it)";
                    var message = $"This {(heading ? "heading" : "paragraph")} ({words} words) is not in the original{also}.";
                    yield return FindingFactory.Create(context, edition, index, 0, paragraph.Text.Length,
                        (Id, Categories.Addition, ParagraphPresence.SeverityFor(words, heading, Options)), message);
                }
            }
        }
    }
}

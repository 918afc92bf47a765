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

        for (var g = 0; g < context.Groups.Count; g++)
        {
            var group = context.Groups[g];
            if (group.For(reference.Language).Count > 0 || string.Equals(group.Kind, "moved", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var edition in context.Judged().Where(e => !ParagraphPresence.IsAlignmentSlip(context, e, reference, g)))
            {
                foreach (var index in group.For(edition.Language).Where(i => i >= 0 && i < edition.Paragraphs.Count))
                {
                    var paragraph = Repeat(edition, index);
                    var words = ParagraphPresence.Words(paragraph.Text);
                    if (words < Options.ParagraphMinWords)
                    {
                        continue;
                    }

                    var heading = paragraph.Kind == BlockKind.Heading;
                    var others = context.Editions.Where(e => !ReferenceEquals(e, edition) && group.For(e.Language).Count > 0).Select(e => e.Language).ToList();
                    var also = others.Count == 0 ? string.Empty : $" ({string.Join(", ", others)} also {(others.Count == 1 ? "has" : "have")} it)";
                    var message = $"This {(heading ? "heading" : "paragraph")} ({words} words) is not in the original{also}.";
                    if (paragraph.Index != index)
                    {
                        message = $"This paragraph repeats paragraph {index + 1} word for word: it is printed twice.";
                    }

                    yield return FindingFactory.Create(context, edition, paragraph.Index, 0, paragraph.Text.Length,
                        (Id, Categories.Addition, ParagraphPresence.SeverityFor(words, heading, Options)), message);
                }
            }
        }
    }

    /// <summary>The later copy when the paragraph is printed twice in the edition (the aligner may pair either copy), else the paragraph.</summary>
    private static Paragraph Repeat(Edition edition, int index)
    {
        var paragraph = edition.Paragraphs[index];
        var twin = edition.Paragraphs.LastOrDefault(p => p.Index != index && string.Equals(p.Text, paragraph.Text, StringComparison.Ordinal));
        return twin is not null && twin.Index > index ? twin : paragraph;
    }
}

using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A paragraph of the reference edition that an edition has no counterpart for (an alignment group without
/// members of that edition). Reported at the place the paragraph would be, with the reference's text as evidence.
/// </summary>
internal sealed class OmittedParagraphDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.OmittedParagraph;

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
            var theirs = group.MembersOf(reference);
            if (theirs.Count == 0 || string.Equals(group.Kind, "moved", StringComparison.Ordinal))
            {
                continue;
            }

            var text = string.Join(" ", theirs.Select(i => reference.Paragraphs[i].Text));
            var words = ParagraphPresence.Words(text);
            if (words < Options.ParagraphMinWords)
            {
                continue;
            }

            var heading = theirs.All(i => reference.Paragraphs[i].Kind == BlockKind.Heading);
            foreach (var edition in context.Judged().Where(e => group.MembersOf(e).Count == 0 && !ParagraphPresence.IsAlignmentSlip(context, e, reference, g)))
            {
                var (paragraph, offset) = ParagraphPresence.InsertionPoint(context, edition, g);
                var pivot = string.Join(" ", theirs.Select(i => reference.Paragraphs[i].PivotText));
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [reference.Language] = Snippets.Shorten(text) };
                foreach (var other in context.Editions.Where(e => !ReferenceEquals(e, edition) && !ReferenceEquals(e, reference)))
                {
                    var members = group.MembersOf(other);
                    if (members.Count > 0)
                    {
                        evidence[other.Language] = Snippets.Shorten(string.Join(" ", members.Select(i => other.Paragraphs[i].Text)));
                    }
                }

                var what = heading ? "heading" : "paragraph";
                var message = $"The original's {what} ({words} words) has no counterpart in this edition: “{Snippets.Shorten(pivot.Length > 0 ? pivot : text)}”";
                yield return FindingFactory.Create(context, edition, paragraph, offset, 0,
                    (Id, Categories.Omission, ParagraphPresence.SeverityFor(words, heading, Options)), message, evidence, groupId: group.Id);
            }
        }
    }
}

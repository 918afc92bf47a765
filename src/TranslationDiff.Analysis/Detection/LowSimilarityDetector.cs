using System.Globalization;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A paragraph whose pivot text is much less like the reference's (chrF) than the edition's other
/// paragraphs are: a pointer to rank suspicious paragraphs, not a diagnosis. Headings are not judged: a headline
/// is rewritten freely for each edition's readers, so its wording owes little to the original's.
/// </summary>
internal sealed class LowSimilarityDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.LowSimilarity;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var reference = context.Reference();
        if (reference is null)
        {
            yield break;
        }

        foreach (var edition in context.Judged())
        {
            var scores = new List<(AlignmentGroup Group, int First, double Score, string Theirs)>();
            foreach (var group in context.Groups)
            {
                var mine = group.MembersOf(edition);
                var theirs = group.MembersOf(reference);
                if (mine.Count == 0 || theirs.Count == 0 || IsHeading(edition, mine) || IsHeading(reference, theirs))
                {
                    continue;
                }

                var theirPivot = string.Join(" ", theirs.Select(i => reference.Paragraphs[i].PivotText));
                var myPivot = string.Join(" ", mine.Select(i => edition.Paragraphs[i].PivotText));
                if (ParagraphPresence.Words(theirPivot) < Options.LengthRatioMinWords)
                {
                    continue;
                }

                scores.Add((group, mine.Min(), ChrF.Score(myPivot, theirPivot), theirPivot));
            }

            if (scores.Count < 3)
            {
                continue;
            }

            var median = scores.Select(s => s.Score).Order().ElementAt(scores.Count / 2);
            foreach (var (group, first, score, theirs) in scores.Where(s => s.Score < Options.LowSimilarityMaxChrF && s.Score < median * Options.LowSimilarityShareOfMedian))
            {
                var paragraph = edition.Paragraphs[first];
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"This paragraph's pivot text is unlike the original's (chrF {score:0}, against {median:0} for the edition's typical paragraph): check its translation.");
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [reference.Language] = Snippets.Shorten(theirs) };
                yield return FindingFactory.Create(context, edition, first, 0, paragraph.Text.Length,
                    (Id, Categories.Mistranslation, Severity.Minor), message, evidence, groupId: group.Id);
            }
        }
    }

    private static bool IsHeading(Edition edition, IReadOnlyList<int> members) =>
        members.Any(i => i >= 0 && i < edition.Paragraphs.Count && edition.Paragraphs[i].Kind == BlockKind.Heading);
}

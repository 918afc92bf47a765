using System.Globalization;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A paragraph much shorter or longer than its reference counterpart, measured against the edition's own
/// median length ratio (which captures the language pair: Spanish runs longer than English).
/// </summary>
internal sealed class LengthRatioDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.LengthRatio;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var reference = context.Reference();
        if (reference is null)
        {
            yield break;
        }

        foreach (var edition in context.Judged())
        {
            var pairs = new List<(AlignmentGroup Group, int[] Mine, double Ratio, string Theirs)>();
            foreach (var group in context.Groups)
            {
                // Headlines are rewritten freely, so their length says nothing.
                var mine = group.MembersOf(edition).Where(i => edition.Paragraphs[i].Kind != BlockKind.Heading).ToArray();
                var theirs = group.MembersOf(reference);
                if (mine.Length == 0 || theirs.Count == 0)
                {
                    continue;
                }

                var theirText = string.Join(" ", theirs.Select(i => reference.Paragraphs[i].Text));
                var myText = string.Join(" ", mine.Select(i => edition.Paragraphs[i].Text));
                if (ParagraphPresence.Words(theirText) < Options.LengthRatioMinWords)
                {
                    continue;
                }

                pairs.Add((group, mine, (double)myText.Length / Math.Max(1, theirText.Length), theirText));
            }

            if (pairs.Count < 3)
            {
                continue;
            }

            var median = pairs.Select(p => p.Ratio).Order().ElementAt(pairs.Count / 2);
            foreach (var (group, mine, ratio, theirs) in pairs)
            {
                var relative = ratio / median;
                if (relative <= Options.LengthRatioFactor && relative >= 1 / Options.LengthRatioFactor)
                {
                    continue;
                }

                var shorter = relative < 1;
                var share = (shorter ? 1 / relative : relative).ToString("0.0", CultureInfo.InvariantCulture);
                var message = shorter
                    ? $"This paragraph is {share} times shorter than the original's, compared with the rest of the edition: part of it may be missing."
                    : $"This paragraph is {share} times longer than the original's, compared with the rest of the edition: text may have been added.";
                var paragraph = edition.Paragraphs[mine[0]];
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [reference.Language] = Snippets.Shorten(theirs) };
                yield return FindingFactory.Create(context, edition, paragraph.Index, 0, paragraph.Text.Length,
                    (Id, shorter ? Categories.Omission : Categories.Addition, Severity.Minor), message, evidence, groupId: group.Id);
            }
        }
    }
}

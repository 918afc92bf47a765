using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A name the other editions keep and this edition lacks: a capitalised word (not at a sentence start) that
/// the other editions write alike and that a translation engine passed through unchanged, so it is a name
/// rather than a word (a publication, a person, a place), with no spelling of it in this edition's paragraph.
/// The finding points at the edition's own capitalised words that stand in its place, when there are some
/// ("International Mail" for "Courrier international": a name translated literally).
/// </summary>
internal sealed class NamedEntityDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.NamedEntity;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Judged())
        {
            foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                if (counterparts.Count == 0)
                {
                    continue;
                }

                var mine = WordTokenizer.Tokenize(paragraph.Text + " " + paragraph.PivotText).Select(w => w.Text).ToList();
                var missing = KeptNames(context, counterparts)
                    .Where(n => !mine.Any(w => TextFold.SameName(w, n.Name)))
                    .ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                var spans = NameRuns.Of(paragraph.Text)
                    .Where(r => !counterparts.Any(c => c.Text.Contains(r.Text, StringComparison.OrdinalIgnoreCase) || c.PivotText.Contains(r.Text, StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                var pivots = string.Join(" ", counterparts.Select(c => c.PivotText));
                var stand = spans.OrderByDescending(r => WordOverlap.Coverage(r.Text, pivots)).Cast<TextSpan?>().FirstOrDefault();
                var names = string.Join(", ", missing.Select(n => "“" + n.Run + "”").Distinct(StringComparer.Ordinal));
                var evidence = missing.GroupBy(n => n.Language, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(n => n.Run).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
                var message = stand is { } s
                    ? $"The other editions keep the name {names}; this edition has “{s.Text}” instead: a name translated or changed?"
                    : $"The other editions name {names} here; this edition does not.";
                var (start, length) = stand is { } span ? (span.Start, span.Length) : (0, paragraph.Text.Length);
                yield return FindingFactory.Create(context, edition, paragraph.Index, start, length,
                    (Id, Categories.Mistranslation, stand is null ? Severity.Minor : Severity.Major), message, evidence);
            }
        }
    }

    /// <summary>Capitalised words of the counterparts that at least two of them write alike (or the only one has) and an engine kept.</summary>
    private static List<(string Name, string Run, string Language)> KeptNames(DetectionContext context, IReadOnlyList<Counterpart> counterparts)
    {
        var result = new List<(string, string, string)>();
        var needed = Math.Min(2, counterparts.Count);
        foreach (var counterpart in counterparts)
        {
            foreach (var run in NameRuns.Of(counterpart.Text))
            {
                foreach (var word in WordTokenizer.Tokenize(run.Text).Select(w => w.Text).Where(w => TextFold.IsCapitalised(w) && w.Length >= 3))
                {
                    var writers = counterparts.Count(c => WordTokenizer.Tokenize(c.Text).Any(w => TextFold.SameName(w.Text, word)));
                    var kept = counterparts.Any(c => !context.IsPivotEdition(c.Edition) && WordTokenizer.Tokenize(c.PivotText).Any(w => w.Text == word));
                    if (writers >= needed && kept)
                    {
                        result.Add((word, run.Text, counterpart.Language));
                    }
                }
            }
        }

        return result;
    }
}

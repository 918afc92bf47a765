using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Terminology: forms the newsroom glossary says to avoid, and one name written two ways in the same edition
/// ("Kim Jong Un" and "Kim Jong-un"); the less frequent (or later) spelling is flagged.
/// </summary>
internal sealed class TerminologyDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.Terminology;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            foreach (var finding in Glossary(context, edition))
            {
                yield return finding;
            }

            foreach (var finding in Inconsistent(context, edition))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Glossary(DetectionContext context, Edition edition)
    {
        foreach (var entry in Options.Glossary.Where(e => LanguageTag.SameLanguage(e.Language, edition.Language)))
        {
            foreach (var avoid in entry.Avoid.Where(a => a.Length > 0))
            {
                var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(avoid) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                foreach (var paragraph in edition.Paragraphs)
                {
                    foreach (Match match in pattern.Matches(paragraph.Text))
                    {
                        yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                            (Id, Categories.Terminology, Severity.Minor), $"The newsroom glossary writes “{entry.Preferred}”, not “{match.Value}”.");
                    }
                }
            }
        }
    }

    private IEnumerable<Finding> Inconsistent(DetectionContext context, Edition edition)
    {
        var uses = edition.Paragraphs
            .SelectMany(p => NameRuns.Of(p.Text).Where(r => WordTokenizer.Tokenize(r.Text).Count >= 2).Select(r => (Paragraph: p.Index, Run: r)))
            .GroupBy(u => Key(u.Run.Text), StringComparer.Ordinal)
            .Where(g => g.Select(u => u.Run.Text).Distinct(StringComparer.Ordinal).Count() > 1);
        foreach (var group in uses)
        {
            var forms = group.GroupBy(u => u.Run.Text, StringComparer.Ordinal)
                .OrderByDescending(f => f.Count()).ThenBy(f => f.Min(u => (u.Paragraph * 100_000) + u.Run.Start))
                .ToList();
            var preferred = forms[0].Key;
            foreach (var use in forms.Skip(1).SelectMany(f => f))
            {
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [edition.Language] = preferred };
                yield return FindingFactory.Create(context, edition, use.Paragraph, use.Run.Start, use.Run.Length,
                    (Id, Categories.Terminology, Severity.Minor), $"“{use.Run.Text}” is written “{preferred}” elsewhere in this edition.", evidence);
            }
        }
    }

    private static string Key(string run) => new(TextFold.Fold(run).Where(char.IsLetterOrDigit).ToArray());
}

using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Terminology: the newsroom glossary (configured in the options) applied to every edition: a form the
/// glossary says to avoid is flagged with the preferred one.
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
        }
    }

    private IEnumerable<Finding> Glossary(DetectionContext context, Edition edition)
    {
        foreach (var entry in Options.Glossary.Where(e => LanguageTag.SameLanguage(e.Language, edition.Language)))
        {
            foreach (var avoid in entry.Avoid.Where(a => a.Length > 0))
            {
                // The term's plural too ("data centers" for "data center"; « centros de datos »).
                var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(avoid) + @"(?:s|es)?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
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
}

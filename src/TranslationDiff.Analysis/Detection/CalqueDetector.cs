using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Calques and false friends: phrasings of a translated edition that copy the wording of the language it was
/// translated from ("assures Foreign Minister X" for « assure la ministre », "this Friday, November 1" for « ce
/// vendredi 1er novembre »). Each entry of the list (<see cref="Calques.Defaults"/> plus the options' own) names
/// the source languages it betrays; it is raised only in an edition of its target language, not the original,
/// when the original or another edition is in one of those source languages.
/// </summary>
internal sealed class CalqueDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private readonly IReadOnlyList<(CalqueEntry Entry, Regex Pattern)> entries = (options.CalqueDefaults ? Calques.Defaults : [])
        .Concat(options.Calques)
        .Where(e => e.Pattern.Length > 0)
        .Select(e => (e, new Regex(e.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))
        .ToList();

    public override string Id => CheckIds.Calque;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            if (context.OriginalLanguage is { } original && LanguageTag.SameLanguage(edition.Language, original))
            {
                continue;
            }

            var sources = context.Editions.Where(e => !ReferenceEquals(e, edition)).Select(e => LanguageTag.Primary(e.Language))
                .Concat(context.OriginalLanguage is null ? [] : [LanguageTag.Primary(context.OriginalLanguage)])
                .Where(l => l != LanguageTag.Primary(edition.Language))
                .ToHashSet(StringComparer.Ordinal);
            var applicable = entries
                .Where(e => LanguageTag.SameLanguage(e.Entry.Target, edition.Language) && e.Entry.Sources.Any(s => sources.Contains(LanguageTag.Primary(s))))
                .ToList();
            foreach (var paragraph in edition.Paragraphs)
            {
                var taken = new List<(int Start, int End)>();
                foreach (var (entry, pattern) in applicable)
                {
                    foreach (Match match in pattern.Matches(paragraph.Text))
                    {
                        if (match.Length == 0 || taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length))
                        {
                            continue;
                        }

                        taken.Add((match.Index, match.Index + match.Length));
                        var source = entry.Sources.First(s => sources.Contains(LanguageTag.Primary(s)));
                        var message = $"“{match.Value.Trim()}” reads as a calque of the {source} wording (compare « {entry.Original} »); write {entry.Suggestion}.";
                        var evidence = context.CounterpartsOf(edition, paragraph.Index)
                            .Where(c => entry.Sources.Any(s => LanguageTag.SameLanguage(s, c.Language)))
                            .ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
                        yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                            (Id, Categories.Unidiomatic, Severity.Minor), message, evidence);
                    }
                }
            }
        }
    }
}

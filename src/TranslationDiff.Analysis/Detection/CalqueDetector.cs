using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Calques and false friends: phrasings of a translated edition that copy the wording of the language it was
/// translated from ("assures Foreign Minister X" for « assure la ministre », "this Friday, November 1" for « ce
/// vendredi 1er novembre »). Each entry of the list (<see cref="Calques.Defaults"/> plus the options' own) names
/// the source languages it betrays; it is raised only in an edition of its target language, not the original,
/// when the original or another edition is in one of those source languages. An entry with a source anchor
/// (<see cref="CalqueEntry.SourceCue"/>) is raised only where the anchor matches in the aligned paragraph of the
/// original (when known and present) or of an edition in a source language (see <see cref="SourceWitnesses"/>).
/// </summary>
internal sealed class CalqueDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly IReadOnlyList<Compiled> entries = (options.CalqueDefaults ? Calques.Defaults : [])
        .Concat(options.Calques)
        .Where(e => e.Pattern.Length > 0)
        .Select(e => new Compiled(
            e,
            new Regex(e.Pattern, RegexOptions.CultureInvariant, Timeout),
            e.SourceCue.Length == 0 ? null : new Regex(e.SourceCue, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)))
        .ToList();

    public override string Id => CheckIds.Calque;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            if (context.IsOriginalLanguage(edition.Language))
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
                IReadOnlyList<Counterpart>? counterparts = null;
                foreach (var compiled in applicable)
                {
                    var entry = compiled.Entry;
                    var matches = compiled.Pattern.Matches(paragraph.Text)
                        .Where(m => m.Length > 0 && !taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
                        .ToList();
                    if (matches.Count == 0)
                    {
                        continue;
                    }

                    counterparts ??= context.CounterpartsOf(edition, paragraph.Index);
                    var witnesses = Witnesses(context, edition, counterparts, compiled);
                    if (compiled.Anchor is not null && witnesses.Count == 0)
                    {
                        continue;
                    }

                    var source = compiled.Anchor is not null ? LanguageTag.Primary(witnesses[0].Language) : entry.Sources.First(s => sources.Contains(LanguageTag.Primary(s)));
                    var evidence = witnesses.ToDictionary(w => w.Language, w => w.Snippet, StringComparer.Ordinal);
                    foreach (var match in matches)
                    {
                        if (taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length))
                        {
                            continue;
                        }

                        taken.Add((match.Index, match.Index + match.Length));
                        var message = $"“{match.Value.Trim()}” reads as a calque of the {source} wording (compare « {entry.Original} »); write {entry.Suggestion}.";
                        yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                            (Id, Categories.Unidiomatic, Severity.Minor), message, evidence);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The source-language counterparts shown as evidence: for an anchored entry those where the anchor matches (the
    /// sentence holding it), for the others every counterpart in a source language (shortened).
    /// </summary>
    private static List<(string Language, string Snippet)> Witnesses(DetectionContext context, Edition edition, IReadOnlyList<Counterpart> counterparts, Compiled compiled)
    {
        if (compiled.Anchor is not { } anchor)
        {
            return counterparts
                .Where(c => compiled.Entry.Sources.Any(s => LanguageTag.SameLanguage(s, c.Language)))
                .Select(c => (c.Language, Snippets.Shorten(c.Text)))
                .ToList();
        }

        return SourceWitnesses.For(context, edition, counterparts, compiled.Entry.Sources)
            .Select(c => (Counterpart: c, Match: anchor.Match(c.Text)))
            .Where(w => w.Match.Success)
            .Select(w => (w.Counterpart.Language, Snippets.SentenceAround(w.Counterpart.Text, w.Match.Index, w.Counterpart.Language)))
            .ToList();
    }

    private sealed record Compiled(CalqueEntry Entry, Regex Pattern, Regex? Anchor);
}

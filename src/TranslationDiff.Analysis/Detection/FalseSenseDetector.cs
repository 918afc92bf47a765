using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// False senses: a word of the original rendered in its everyday sense where the context calls for another
/// (« le tir » of a missile as "the fire", « l'engin » as "the device", « juicio » in court as "judgment"). Each
/// entry of the list (<see cref="FalseSenses.Defaults"/> plus the options' own) needs the source word in the
/// aligned paragraph of the original edition when the original is known and present (and then only when the
/// original is in one of the entry's source languages: a French original's « compromis » rendered as “compromise”
/// is right whatever a Spanish translation made of it), else of any edition in one of its source languages; the
/// wrong rendering in the judged edition; and, when the entry has one, its context cue in the rendering's sentence
/// or the sentences either side (see <see cref="SourceWitnesses"/>).
/// </summary>
internal sealed class FalseSenseDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly IReadOnlyList<Compiled> entries = (options.FalseSenseDefaults ? FalseSenses.Defaults : [])
        .Concat(options.FalseSenses)
        .Where(e => e.Source.Length > 0 && e.Rendering.Length > 0)
        .Select(e => new Compiled(
            e,
            new Regex(e.Source, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout),
            new Regex(e.Rendering, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout),
            e.Cue.Length == 0 ? null : new Regex(e.Cue, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)))
        .ToList();

    public override string Id => CheckIds.FalseSense;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            if (context.IsOriginalLanguage(edition.Language))
            {
                continue;
            }

            var applicable = entries.Where(e => LanguageTag.SameLanguage(e.Entry.Target, edition.Language)).ToList();
            if (applicable.Count == 0)
            {
                continue;
            }

            foreach (var paragraph in edition.Paragraphs)
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                var sentences = SentenceSegmenter.Split(paragraph.Text, edition.Language);
                var taken = new List<(int Start, int End)>();
                foreach (var compiled in applicable)
                {
                    var witnesses = SourceWitnesses.For(context, edition, counterparts, compiled.Entry.Sources)
                        .Select(c => (Counterpart: c, Match: compiled.Source.Match(c.Text)))
                        .Where(w => w.Match.Success)
                        .ToList();
                    if (witnesses.Count == 0)
                    {
                        continue;
                    }

                    foreach (Match match in compiled.Rendering.Matches(paragraph.Text))
                    {
                        if (match.Length == 0 || taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length)
                            || (compiled.Cue is { } cue && !cue.IsMatch(Window(paragraph.Text, sentences, match.Index))))
                        {
                            continue;
                        }

                        taken.Add((match.Index, match.Index + match.Length));
                        var entry = compiled.Entry;
                        var message = $"“{match.Value}” renders {entry.Meaning}; write {entry.Suggestion}.";
                        var evidence = witnesses.ToDictionary(
                            w => w.Counterpart.Language,
                            w => Snippets.SentenceAround(w.Counterpart.Text, w.Match.Index, w.Counterpart.Language),
                            StringComparer.Ordinal);
                        yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                            (Id, Categories.Mistranslation, Severity.Major), message, evidence);
                    }
                }
            }
        }
    }

    /// <summary>The sentence holding <paramref name="position"/> with the one before and the one after it (a lead
    /// sentence often names its context in the next one).</summary>
    private static string Window(string text, IReadOnlyList<TextSpan> sentences, int position)
    {
        var index = sentences.Select((s, i) => (s, i)).FirstOrDefault(x => position >= x.s.Start && position < x.s.End).i;
        var start = sentences.Count == 0 ? 0 : sentences[Math.Max(0, index - 1)].Start;
        var end = sentences.Count == 0 ? text.Length : sentences[Math.Min(sentences.Count - 1, index + 1)].End;
        return text[start..end];
    }

    private sealed record Compiled(FalseSenseEntry Entry, Regex Source, Regex Rendering, Regex? Cue);
}

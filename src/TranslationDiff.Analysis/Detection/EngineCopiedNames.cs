using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A place's name in the pivot-language edition written exactly as a translation engine renders it word for word
/// ("Low Segrià" for « Baix Segrià », "cape of Creus" for « Cap de Creus », "Sant Cugat of the Vallès"): the words
/// of the name the engine kept stand beside words it translated, and the edition has the same words where another
/// edition writes the name itself. A translator keeps the name or uses the place's English name; only an engine
/// produces this mix. Names of public bodies and institutions, which translators render, are left alone, and so is a
/// name written exactly as the original writes it (« Azurpark Services » kept, where a Spanish edition translated it).
/// </summary>
internal static class EngineCopiedNames
{
    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        if (!context.IsPivotEdition(edition) || context.IsOriginalLanguage(edition.Language))
        {
            yield break;
        }

        foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
        {
            var taken = new List<(int Start, int End)>();
            var counterparts = context.CounterpartsOf(edition, paragraph.Index).ToList();
            // The original's own words: an edition that keeps the name as the original writes it copies nothing.
            var original = counterparts.FirstOrDefault(c => context.IsOriginalLanguage(c.Language))?.Text;
            foreach (var counterpart in counterparts.Where(c => !context.IsPivotEdition(c.Edition)))
            {
                foreach (var (copy, name) in Copies(counterpart, paragraph.Text))
                {
                    if (original is not null && original.Contains(copy, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var at = paragraph.Text.IndexOf(copy, StringComparison.Ordinal);
                    if (taken.Any(t => at < t.End && t.Start < at + copy.Length))
                    {
                        continue;
                    }

                    taken.Add((at, at + copy.Length));
                    yield return FindingFactory.Create(context, edition, paragraph.Index, at, copy.Length,
                        (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major),
                        $"“{copy}” is an engine's word-for-word rendering of the name « {name} »: keep the name, or use its English form.",
                        new Dictionary<string, string>(StringComparer.Ordinal) { [counterpart.Language] = name });
                }
            }
        }
    }

    /// <summary>
    /// Stretches of two to five words of the counterpart's pivot text that the edition's text repeats, holding a word of
    /// a several-word name of the counterpart kept as written and a word the engine translated, each with that name.
    /// </summary>
    private static IEnumerable<(string Copy, string Name)> Copies(Counterpart counterpart, string text)
    {
        var own = WordTokenizer.Tokenize(counterpart.Text).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        // A kept word must be one the engine did not know: a place's own name (« Segrià », « Creus »), not a word it knows (« Civil »).
        var unknown = counterpart.Paragraphs.Where(i => i >= 0 && i < counterpart.Edition.Paragraphs.Count)
            .SelectMany(i => counterpart.Edition.Paragraphs[i].UnknownWords).ToHashSet(StringComparer.Ordinal);
        var names = NameRuns.Of(counterpart.Text).Where(r => WordTokenizer.Tokenize(r.Text).Count(w => TextFold.IsCapitalised(w.Text)) >= 2).ToList();
        if (names.Count == 0)
        {
            yield break;
        }

        var pivot = counterpart.PivotText;
        var words = WordTokenizer.Tokenize(pivot);
        for (var n = 5; n >= 2; n--)
        {
            for (var i = 0; i + n <= words.Count; i++)
            {
                var window = words.Skip(i).Take(n).ToList();
                var copy = pivot[window[0].Start..window[^1].End];
                if (FunctionWords.Contains("en", window[0].Text) || FunctionWords.Contains("en", window[^1].Text)
                    || !text.Contains(copy, StringComparison.Ordinal) || copy.Contains(". ", StringComparison.Ordinal) || copy.Contains(", ", StringComparison.Ordinal))
                {
                    continue;
                }

                // A name's words: every word but the links capitalised, and not a sentence's first word unless the name opens it.
                var content = window.Where(w => !FunctionWords.Contains("en", w.Text)).ToList();
                if (content.Any(w => !TextFold.IsCapitalised(w.Text)) || (NameRuns.AtSentenceStart(text, text.IndexOf(copy, StringComparison.Ordinal)) && !unknown.Contains(window[0].Text)))
                {
                    continue;
                }

                var kept = content.Where(w => w.Text.Length >= 3 && own.Contains(w.Text) && unknown.Contains(w.Text)).Select(w => w.Text).ToList();
                var translated = content.Where(w => w.Text.Length >= 3 && !own.Any(o => string.Equals(o, w.Text, StringComparison.OrdinalIgnoreCase))).ToList();
                if (kept.Count == 0 || translated.Count == 0
                    || translated.Any(w => PartlyTranslatedNames.IsRenderedHead(w.Text) || TranslatedNames.IsPublicBody(w.Text, "en") || GivenNames.IsKnown(w.Text)))
                {
                    continue;
                }

                var name = names.Where(r => kept.Any(k => WordTokenizer.Tokenize(r.Text).Any(w => w.Text == k))).Select(r => r.Text).FirstOrDefault();
                if (name is not null && !text.Contains(name, StringComparison.Ordinal) && !Exonyms.RenderedIn(name, text))
                {
                    yield return (copy, name);
                }
            }
        }
    }
}

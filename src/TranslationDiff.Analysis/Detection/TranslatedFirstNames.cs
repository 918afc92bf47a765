using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A person's first name translated ("Jorge Vilaplana" for « Jordi Vilaplana »): engines turn Catalan, French and
/// English given names into their own language's (Jordi → Jorge, Joan → Juan, Guillaume → Guillermo), which a
/// newsroom never does for a living person. Raised when every other edition that names the person by the same
/// surname gives the same other first name, capitalised, right before it, and every engine passes both through.
/// </summary>
internal static class TranslatedFirstNames
{
    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        foreach (var paragraph in edition.Paragraphs)
        {
            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            if (counterparts.Count == 0)
            {
                continue;
            }

            var words = WordTokenizer.Tokenize(paragraph.Text);
            for (var i = 1; i < words.Count; i++)
            {
                var (first, surname) = (words[i - 1], words[i]);
                // A possessive is no first name ("Lyon's Inès Morel" for « la Lyonnaise Inès Morel »).
                if (surname.Text.Length < 3 || !TextFold.IsCapitalised(surname.Text) || !TextFold.IsCapitalised(first.Text) || first.Text.Length < 3
                    || paragraph.Text[first.End..surname.Start] != " " || first.Text.EndsWith("'s", StringComparison.Ordinal) || first.Text.EndsWith("’s", StringComparison.Ordinal))
                {
                    continue;
                }

                var theirs = counterparts.Select(c => FirstNameBefore(c.Text, surname.Text)).ToList();
                var named = theirs.Where(t => t is not null).Select(t => t!).ToList();
                if (named.Count == 0 || named.Count < theirs.Count(t => t is not null) || named.Distinct(StringComparer.Ordinal).Count() != 1)
                {
                    continue;
                }

                var other = named[0];
                // Another edition writing the edition's own two words, in any case (« Massif central » beside "Massif
                // Central" and « Massís Central »), attests them.
                if (paragraph.Text.Contains(other + " " + surname.Text, StringComparison.Ordinal)
                    || counterparts.Any(c => c.Text.Contains(first.Text + " " + surname.Text, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                // Two forms of one given name ("Georges" for « Jordi », "Tomàs" for « Tomás ») are the name translated wherever they stand.
                var forms = GivenNames.AreForms(first.Text, other) && !AccentsDroppedByStyle(edition, first.Text, other);
                // At a sentence start any capitalised word stands before the surname ("Yesterday Lafitte"); the forms of a
                // first name across languages mostly keep its initial (Jean / John / Juan, Guillaume / Guillermo).
                var startsSentence = NameRuns.AtSentenceStart(paragraph.Text, first.Start);
                if (!forms && (TextFold.Fold(other) == TextFold.Fold(first.Text) || (startsSentence && TextFold.Fold(other)[0] != TextFold.Fold(first.Text)[0])))
                {
                    continue;
                }

                // The other editions' word is an English word their text knows and no given name ("High Empordà" for « Alt
                // Empordà », "French Alps"): a place's name translated there, not a first name translated here.
                if (!forms && counterparts.Any(c => FirstNameBefore(c.Text, surname.Text) is not null && KnownEnglishWord(c, other)))
                {
                    continue;
                }

                // Names pass through engines untouched; a title or an institution's first word does not (« Consell » gives
                // "Council", « Mme » gives "Mrs"). Both first names must come through their editions' engines as written.
                var passes = counterparts.Where(c => FirstNameBefore(c.Text, surname.Text) is not null)
                    .All(c => c.PivotText.Contains(other + " " + surname.Text, StringComparison.Ordinal))
                    && (context.IsPivotEdition(edition) || paragraph.PivotText.Contains(first.Text + " " + surname.Text, StringComparison.Ordinal));
                if (!passes && !forms)
                {
                    continue;
                }

                var evidence = counterparts.Where(c => FirstNameBefore(c.Text, surname.Text) is not null)
                    .ToDictionary(c => c.Language, _ => other + " " + surname.Text, StringComparer.Ordinal);
                yield return FindingFactory.Create(context, edition, paragraph.Index, first.Start, surname.End - first.Start,
                    (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major),
                    $"“{first.Text} {surname.Text}” is “{other} {surname.Text}” in the other editions: a person's first name is not translated.", evidence);
            }
        }
    }

    /// <summary>
    /// Whether the edition wrote the name without the accents the others give it by its own conventions, as
    /// <see cref="LostDiacritics"/> judges names: a language that does not write the dropped letter (a Spanish "Sian" for
    /// Welsh « Siân »), or an English edition that writes no accents.
    /// </summary>
    private static bool AccentsDroppedByStyle(Edition edition, string mine, string theirs) =>
        mine.All(char.IsAscii) && TextFold.Fold(mine) == TextFold.Fold(theirs) && LostDiacritics.DroppedByStyle(edition.Language, LostDiacritics.KeepsAccents(edition), theirs);

    /// <summary>Whether an English counterpart's text knows the word (it is in none of its paragraphs' unknown words) and no part of it is a given name.</summary>
    private static bool KnownEnglishWord(Counterpart counterpart, string word)
    {
        if (!LanguageTag.SameLanguage(counterpart.Language, "en") || word.Split('-').Any(GivenNames.IsKnown))
        {
            return false;
        }

        var unknown = counterpart.Paragraphs.Where(i => i >= 0 && i < counterpart.Edition.Paragraphs.Count)
            .SelectMany(i => counterpart.Edition.Paragraphs[i].UnknownWords).ToHashSet(StringComparer.Ordinal);
        return unknown.Count > 0 && !unknown.Contains(word);
    }

    /// <summary>
    /// The capitalised word right before the surname in the text, or null; at a sentence start too ("Jean-Baptiste
    /// Lafitte, oyster farmer…"), since both first names must also come through their engines as written.
    /// </summary>
    private static string? FirstNameBefore(string text, string surname)
    {
        var words = WordTokenizer.Tokenize(text);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Text == surname && text[words[i - 1].End..words[i].Start] == " " && TextFold.IsCapitalised(words[i - 1].Text)
                && words[i - 1].Text.Length >= 3 && !words[i - 1].Text.EndsWith("'s", StringComparison.Ordinal) && !words[i - 1].Text.EndsWith("’s", StringComparison.Ordinal))
            {
                return words[i - 1].Text;
            }
        }

        return null;
    }
}

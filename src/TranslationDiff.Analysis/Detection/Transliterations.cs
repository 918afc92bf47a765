using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A name an edition copies from the original in the original language's transliteration ("Andriï Sybiga",
/// "Mourzahoulov"), where another edition spells it differently: the edition's own language may spell it
/// otherwise. Only spellings with a mark of the source language's conventions count ("ï", "ou" for u...), or
/// an acronym another edition writes in capitals ("Unian" for "UNIAN").
/// </summary>
internal static class Transliterations
{
    private static readonly Dictionary<string, string[]> Traits = new(StringComparer.Ordinal)
    {
        ["fr"] = ["ï", "ë", "ou", "tch", "dj", "ss"],
        ["de"] = ["tsch", "sch", "w", "ij"],
        // Not the Spanish accents: a Spanish original's « Lucía » is the person's own name, not a transliteration.
        ["es"] = ["j"],
    };

    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        var source = context.OriginalLanguage ?? context.ReferenceLanguage;
        if (LanguageTag.SameLanguage(edition.Language, source) || !Traits.TryGetValue(LanguageTag.Primary(source), out var traits))
        {
            yield break;
        }

        foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
        {
            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            var original = counterparts.FirstOrDefault(c => LanguageTag.SameLanguage(c.Language, source));
            var thirds = counterparts.Where(c => !ReferenceEquals(c, original) && !LanguageTag.SameLanguage(c.Language, edition.Language)).ToList();
            if (original is null || thirds.Count == 0)
            {
                continue;
            }

            var originalWords = WordTokenizer.Tokenize(original.Text).Select(w => Unelided(w.Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var run in NameRuns.Of(paragraph.Text))
            {
                var differing = WordTokenizer.Tokenize(run.Text)
                    .Where(w => originalWords.Contains(w.Text))
                    .Select(w => (Word: w.Text, Other: thirds.SelectMany(t => WordTokenizer.Tokenize(t.Text).Select(x => (t.Language, x.Text)))
                        .FirstOrDefault(x => x.Text != w.Text && char.IsUpper(x.Text[0]) && TextFold.SameTransliteratedName(x.Text, w.Text) && Marked(w.Text, x.Text, x.Language, traits)
                            && !AccentsTheEditionWrites(w.Text, x.Text, edition.Language) && !AccentsOnly(w.Text, x.Text) && !Exonyms.RenderedIn(w.Text, x.Text)
                            && !TranslatedAs(thirds, x.Language, w.Text) && !GivenNames.AreForms(w.Text, x.Text))))
                    .Where(d => d.Other.Text is not null)
                    .ToList();
                if (differing.Count == 0)
                {
                    continue;
                }

                var (word, other) = differing[0];
                var message = $"“{word}” is spelled as in the original ({source}); the {other.Language} edition writes “{other.Text}”. Check the usual spelling in this edition's language.";
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [original.Language] = word, [other.Language] = other.Text };
                yield return FindingFactory.Create(context, edition, paragraph.Index, run.Start, run.Length,
                    (CheckIds.NamedEntity, Categories.Spelling, Severity.Minor), message, evidence);
            }
        }
    }

    /// <summary>
    /// Whether the two spellings differ only by accents that the edition's own language writes (« Lucía » kept in a
    /// Catalan edition where the English writes "Lucia"): the edition keeps the person's name as written, which its
    /// language can do, so the difference is the other edition's choice, not a transliteration.
    /// </summary>
    private static bool AccentsTheEditionWrites(string word, string other, string language) =>
        TextFold.Fold(word) == TextFold.Fold(other) && word.Any(c => char.IsLetter(c) && c > '\u007F')
        && word.Where(c => char.IsLetter(c) && c > '\u007F').All(c => Letters.Writes(language, c));

    /// <summary>
    /// Whether the two spellings differ only by accents, neither being an acronym in capitals (« Gwenaëlle » and
    /// "Gwenaelle", « Bensaïd » and "Bensaid"): a name from a language written in Latin letters keeps its own accents,
    /// and another edition that drops them has simplified it, not transliterated it.
    /// </summary>
    private static bool AccentsOnly(string word, string other) =>
        TextFold.Fold(word) == TextFold.Fold(other) && !IsCapitals(word) && !IsCapitals(other);

    private static bool IsCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>The word without an elided article or preposition ("d'Odessa" gives "Odessa").</summary>
    private static string Unelided(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe is > 0 and <= 3 && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1]) ? word[(apostrophe + 1)..] : word;
    }

    /// <summary>
    /// Whether the other edition's engine renders its own spelling as this very word (« Comisión » gives
    /// "Commission"): the two are the one word in two languages, not two transliterations of a name.
    /// </summary>
    private static bool TranslatedAs(List<Counterpart> thirds, string language, string word) =>
        thirds.Any(t => t.Language == language && WordTokenizer.Tokenize(t.PivotText).Any(x => x.Text == word));

    private static bool Marked(string word, string other, string otherLanguage, string[] traits)
    {
        if (other.Length > 1 && other.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return true;
        }

        var w = word.ToLowerInvariant();
        var o = other.ToLowerInvariant();
        // Only a spelling the other edition's language cannot keep tells a transliteration: English writes "ss" and
        // "ou" too, so an English "Gruisan" for « Gruissan » is a misspelling, not an English transliteration.
        var writes = Writes.GetValueOrDefault(LanguageTag.Primary(otherLanguage), []);
        return traits.Any(t => w.Contains(t, StringComparison.Ordinal) && !o.Contains(t, StringComparison.Ordinal) && !writes.Contains(t));
    }

    /// <summary>The source-language traits each language's own spelling also uses.</summary>
    private static readonly Dictionary<string, string[]> Writes = new(StringComparer.Ordinal)
    {
        ["en"] = ["ss", "ou", "j", "w", "sch", "tch"],
        ["ca"] = ["ss", "ou", "ï", "j"],
        ["es"] = ["í", "j"],
        ["fr"] = ["ï", "ë", "ou", "tch", "dj", "ss"],
        ["de"] = ["tsch", "sch", "w", "ss"],
    };
}

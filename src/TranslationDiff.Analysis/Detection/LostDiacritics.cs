using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A name an edition writes without the diacritics every other edition gives it ("Penalba" where the others,
/// in different languages, all write « Peñalba »): the name is the same, its spelling lost a letter. Only a name
/// at least two other editions write exactly alike, only when the edition's form has no diacritic at all, and only
/// when the edition's language writes every lost letter itself: a Spanish « Penalba » lost its own « ñ », but
/// Spanish « Nimes » for « Nîmes » is the Spanish form of the name, and an English edition that drops every accent
/// follows a house style, while one that writes « Begoña » in one place and "Rocio" in another lost a letter.
/// </summary>
internal static class LostDiacritics
{
    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        // An English edition that writes accents somewhere (« Begoña », "Jaén") keeps them as a house style; one that writes none drops them all.
        var keepsAccents = KeepsAccents(edition);
        foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
        {
            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            if (counterparts.Count < 2)
            {
                continue;
            }

            // A word the edition's engine translated (« Conselleria » came out "Department") is a word of the edition's language, written its way.
            var translated = context.IsPivotEdition(edition) ? null : WordTokenizer.Tokenize(paragraph.PivotText).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            foreach (var run in NameRuns.Of(paragraph.Text).Concat(NameRuns.AfterElisions(paragraph.Text)))
            {
                foreach (var word in WordTokenizer.Tokenize(run.Text).Where(w => w.Text.Length >= 4 && w.Text.All(char.IsAscii)
                    && (translated is null || translated.Contains(w.Text) || paragraph.UnknownWords.Contains(w.Text))))
                {
                    var forms = counterparts
                        .Select(c => WordTokenizer.Tokenize(c.Text).Select(w => NameRuns.AfterElision(w).Text).FirstOrDefault(w => w != word.Text && TextFold.Fold(w) == TextFold.Fold(word.Text) && TextFold.IsCapitalised(w)))
                        .ToList();
                    if (forms.Any(f => f is null) || forms.Distinct(StringComparer.Ordinal).Count() != 1)
                    {
                        continue;
                    }

                    var theirs = forms[0]!;
                    // A name of one word that the engines render as this one (« París » comes out "Paris"): the edition's language's own
                    // name for the place. A word of a longer name the engines translated (« Nordwind Énergies ») is the name's.
                    if (WordTokenizer.Tokenize(run.Text).Count == 1 && counterparts.Any(c => !context.IsPivotEdition(c.Edition) && WordTokenizer.Tokenize(c.PivotText).Any(w => w.Text == word.Text)))
                    {
                        continue;
                    }

                    // Only a difference of accents counts; « Font-romeu » for "Font-Romeu" is the language's own capitalisation.
                    if (!theirs.Any(c => char.IsLetter(c) && c > '\u007F') || DroppedByStyle(edition.Language, keepsAccents, theirs))
                    {
                        continue;
                    }

                    var evidence = counterparts.ToDictionary(c => c.Language, _ => theirs, StringComparer.Ordinal);
                    yield return FindingFactory.Create(context, edition, paragraph.Index, run.Start + word.Start, word.Length,
                        (CheckIds.NamedEntity, Categories.Spelling, Severity.Minor),
                        $"“{word.Text}” is written “{theirs}” in every other edition: the name has lost its diacritics.", evidence);
                }
            }
        }
    }

    /// <summary>An English edition that writes accents somewhere (« Begoña », "Jaén") keeps them as a house style.</summary>
    internal static bool KeepsAccents(Edition edition) =>
        edition.Language == "en" && edition.Paragraphs.Any(p => p.Text.Any(c => char.IsLetter(c) && KeptInEnglish(c)));

    /// <summary>
    /// Whether an edition writing <paramref name="theirs"/> without its accents follows its own conventions: its language
    /// does not write a dropped letter (Spanish « Nimes » for « Nîmes »), unless it is an English edition that keeps accents.
    /// A lost « ñ » is no French or Catalan style: « ñ » is a letter of its own, not an accent, and their copy keeps it
    /// (« Peñalba », « Valdepeñas ») even where it drops the acute accents of the same names.
    /// </summary>
    internal static bool DroppedByStyle(string language, bool keepsAccents, string theirs) =>
        !theirs.Where(c => char.IsLetter(c) && c > '\u007F')
            .All(c => (c is 'ñ' or 'Ñ' && LanguageTag.Primary(language) is "fr" or "ca") || Letters.Writes(language, c) || (keepsAccents && KeptInEnglish(c)));

    /// <summary>Accented Latin letters an English edition may keep in foreign names (« Rocío », « Jaén »).</summary>
    private static bool KeptInEnglish(char letter) =>
        "áéíóúàèòìùâêîôûäëïöüñçã".Contains(char.ToLowerInvariant(letter), StringComparison.Ordinal);
}

using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A name an edition spells one letter off the form every other edition agrees on ("Gruisan" where the original and
/// another translation both write « Gruissan »): a letter dropped, added, changed or swapped. Only a word the
/// edition's dictionary does not know (so "Seville" or "Milan", real words of the edition's language,
/// are left alone), of six letters or more (five for a letter dropped inside or two neighbours swapped), when at least two other editions write the same other form and this
/// edition never does, or does elsewhere with the letter dropped or added inside the word (a slip: "Felixtowe" beside "Felixstowe").
/// </summary>
internal static class MisspelledNames
{
    /// <summary>
    /// Whether the engine did not know the word; a hyphenated name ("Somontano-Pireneo") it reports part by part, and one
    /// joined by small words ("Chaux-de-Fond") by its capitalised parts, one at least unknown.
    /// </summary>
    private static bool Unknown(HashSet<string> unknown, string word)
    {
        if (unknown.Contains(word))
        {
            return true;
        }

        var parts = word.Split('-');
        return parts.Length > 1 && parts.All(part => part.Length > 0)
            && (parts.All(part => unknown.Contains(part) || unknown.Contains(part + "-"))
                || (parts.Any(part => char.IsLower(part[0])) && parts.Any(part => char.IsUpper(part[0]) && unknown.Contains(part))));
    }

    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        // Another language's engine does not know the names its language spells its own way (« Zelenski », « Gironda »): in
        // those editions only a letter doubled or dropped inside the name counts ("Wronna", « Glenroths »), not a letter
        // changed, a different ending or a transliteration's extra letter (« Tchornomorsk »).
        var strict = !context.IsPivotEdition(edition);

        var own = edition.Paragraphs.SelectMany(p => WordTokenizer.Tokenize(p.Text)).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading && p.UnknownWords.Count > 0))
        {
            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            if (counterparts.Count < 2)
            {
                continue;
            }

            var unknown = paragraph.UnknownWords.ToHashSet(StringComparer.Ordinal);
            // A sentence's first word too ("… he says. Foncuberta recalls"): a word no dictionary knows, one letter off the name, is that name.
            foreach (var run in NameRuns.WithEverySentenceStart(paragraph.Text).Concat(NameRuns.AfterElisions(paragraph.Text)))
            {
                foreach (var word in WordTokenizer.Tokenize(run.Text).Where(w => w.Text.Length >= 5 && TextFold.IsCapitalised(w.Text) && Unknown(unknown, w.Text)))
                {
                    var forms = counterparts
                        .Select(c => WordTokenizer.Tokenize(c.Text).Select(w => NameRuns.AfterElision(w).Text)
                            .FirstOrDefault(w => TextFold.IsCapitalised(w) && TextFold.Fold(w) != TextFold.Fold(word.Text) && OneEditApart(TextFold.Fold(w), TextFold.Fold(word.Text))))
                        .ToList();
                    // An edition that also writes the others' form slipped here ("Felixtowe" beside its own "Felixstowe"), unless the
                    // difference is an ending (the family, "the Monniers").
                    if (forms.Any(f => f is null) || forms.Distinct(StringComparer.Ordinal).Count() != 1)
                    {
                        continue;
                    }

                    // A slip of the typing hand (a letter dropped inside, two neighbours swapped: « Roums » for "Ruoms") in any
                    // edition; another kind of change only in the pivot language, from six letters. A name of five letters
                    // takes a swap or a consonant more or less (« Mugon », « Renes »), not a vowel (« Corts » and « Cortes » are two words).
                    var (folded, their) = (TextFold.Fold(word.Text), TextFold.Fold(forms[0]!));
                    var inside = InsideInsertionOrDeletion(their, folded);
                    var slip = NeighboursSwapped(their, folded) || (inside && (word.Text.Length >= 6 || !IsVowel(Inserted(their, folded))));
                    if ((own.Contains(forms[0]!) && !inside)
                        || TransliterationSwap(their, folded)
                        || ((strict || word.Text.Length < 6) && (!slip || Exonyms.RenderedIn(forms[0]!, word.Text))))
                    {
                        continue;
                    }

                    var theirs = forms[0]!;
                    if (EnglishPlural(edition.Language, paragraph.Text, run.Start + word.Start, word.Text, theirs))
                    {
                        continue;
                    }

                    var evidence = counterparts.ToDictionary(c => c.Language, _ => theirs, StringComparer.Ordinal);
                    yield return FindingFactory.Create(context, edition, paragraph.Index, run.Start + word.Start, word.Length,
                        (CheckIds.NamedEntity, Categories.Spelling, Severity.Minor),
                        $"“{word.Text}” is written “{theirs}” in every other edition: a letter of the name is wrong.", evidence);
                }
            }
        }
    }

    /// <summary>
    /// An English plural of the name after a count or "the" ("two red-nosed Gnafrons" for « deux Gnafron », "the
    /// Monniers"): English makes a name a count noun where French and Spanish leave it as it is.
    /// </summary>
    private static bool EnglishPlural(string language, string text, int start, string word, string theirs)
    {
        if (LanguageTag.Primary(language) != "en" || word != theirs + "s")
        {
            return false;
        }

        var before = WordTokenizer.Tokenize(text[Math.Max(0, start - 40)..start]).Select(w => w.Text.ToLowerInvariant()).TakeLast(3).ToList();
        return before.Any(w => w is "the" or "both" or "several" or "many" || NumberWords.Cardinal("en", w) is not null || w.All(char.IsAsciiDigit));
    }

    /// <summary>
    /// Whether the one letter that differs is one languages transliterate differently ("Zelensky" / « Zelenski »,
    /// "Navalny" / « Navalni », "Kharkiv" / « Járkov »): y and i, j and y, v and w, k and c, or a y or a digraph's h more or less.
    /// </summary>
    internal static bool TransliterationSwap(string a, string b)
    {
        var i = TextFold.CommonPrefix(a, b);

        if (a.Length == b.Length)
        {
            return i < a.Length && (a[i], b[i]) is ('y', 'i') or ('i', 'y') or ('j', 'y') or ('y', 'j') or ('v', 'w') or ('w', 'v') or ('k', 'c') or ('c', 'k');
        }

        // An h only as the second letter of a transliterated digraph (kh, zh, sh, ch, th, gh, dh): "Holyead" lost a letter of its own.
        var longer = a.Length > b.Length ? a : b;
        return i < longer.Length && (longer[i] == 'y' || (longer[i] == 'h' && i > 0 && "kzsctgd".Contains(longer[i - 1], StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether the two differ by one letter inserted or deleted inside the word, not at its end ("Wrona" / "Wronna",
    /// "Glenrothes" / "Glenroths"), and not a t before ch (« Tchornomorsk » / "Chornomorsk", French transliteration).
    /// </summary>
    internal static bool InsideInsertionOrDeletion(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var i = TextFold.CommonPrefix(a, b);

        var longer = a.Length > b.Length ? a : b;
        return i < Math.Min(a.Length, b.Length) && !(longer[i] == 't' && longer[(i + 1)..].StartsWith("ch", StringComparison.Ordinal));
    }

    /// <summary>The letter the longer of two words one insertion apart has more.</summary>
    private static char Inserted(string a, string b)
    {
        var longer = a.Length > b.Length ? a : b;
        return longer[Math.Min(TextFold.CommonPrefix(a, b), longer.Length - 1)];
    }

    private static bool IsVowel(char c) => "aeiouy".Contains(c, StringComparison.Ordinal);

    /// <summary>Whether the two are the same letters with two neighbours swapped ("Ruoms" / « Roums »).</summary>
    internal static bool NeighboursSwapped(string a, string b)
    {
        if (a.Length != b.Length || a == b)
        {
            return false;
        }

        var i = TextFold.CommonPrefix(a, b);
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    /// <summary>Whether one letter inserted, deleted, replaced, or two neighbours swapped, turn one word into the other.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var i = TextFold.CommonPrefix(a, b);

        if (a.Length == b.Length)
        {
            var replaced = a[(i + 1)..] == b[(i + 1)..];
            var swapped = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
            return replaced || swapped;
        }

        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }
}

using System.Globalization;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Words glued together: a lower-to-upper case change inside a word ("channelNorth"), letters glued to
/// digits ("troops8000", "3March") or to a currency sign ("cost€5"), and a function word glued to a word with no
/// case change ("fromoutside"), when no other edition writes the same token.
/// </summary>
internal sealed class GluedWordsDetector(DetectionOptions options) : ArtifactDetector(options)
{
    /// <summary>Month names, which follow a preposition glued to them as often as any word (« enfévrier », « endiciembre »).</summary>
    private static readonly HashSet<string> Months = WordSet.Of(
        "january february march april may june july august september october november december janvier février mars avril mai juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gener febrer març abril maig juny juliol agost setembre octubre novembre desembre");

    private static readonly string[] NamePrefixes = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "O"];

    public override string Id => CheckIds.GluedWords;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            var own = edition.Text();
            var others = string.Join("\n", context.Editions.Where(e => !ReferenceEquals(e, edition))
                .SelectMany(e => e.Paragraphs).Select(p => p.Text + "\n" + p.PivotText));
            foreach (var paragraph in edition.Paragraphs)
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                foreach (var token in Tokens(paragraph.Text))
                {
                    var split = Split(token.Text, edition.Language, paragraph, own, counterparts) ?? FunctionWordGlue(token.Text, edition.Language, paragraph, own, counterparts);
                    if (split is null || others.Contains(token.Text, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var message = $"“{token.Text}” looks like words glued together (“{split}”); no other edition writes it so.";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, token.Start, token.Length,
                        (Id, Categories.Spelling, Severity.Minor), message, Evidence(counterparts));
                }
            }
        }
    }

    /// <summary>Runs of letters, digits, combining marks and currency signs: the places glue can hide.</summary>
    private static IEnumerable<TextSpan> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsPart(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsPart(text[i]))
            {
                i++;
            }

            yield return new TextSpan(start, i - start, text[start..i]);
        }
    }

    /// <summary>The token split where the glue is ("channel North"), or null when it is not glued.</summary>
    private static string? Split(string token, string language, Paragraph paragraph, string editionText, IReadOnlyList<Counterpart> counterparts)
    {
        for (var k = 1; k < token.Length; k++)
        {
            var before = token[..k];
            var after = token[k..];
            if (k >= 2 && char.IsLower(token[k - 1]) && char.IsLower(token[k - 2]) && char.IsUpper(token[k])
                && after.Length >= 2 && char.IsLetter(after[1]) && CaseChange(before, after, editionText, counterparts))
            {
                return before + " " + after;
            }

            // A one-letter conjunction or preposition glued to a word the texts write on their own (« iLa », « aMèze », « à30 »), or
            // one of the language's glued to a word its dictionary knows (« aAustràlia »); not a brand's lower-case initial
            // ("iPhone", "eBay"), whose rest is no word of the texts.
            if (k == 1 && before is "i" or "y" or "à" or "a" or "o" or "e" && ((char.IsUpper(token[1]) && token.Length >= 3) || (char.IsAsciiDigit(token[1]) && token.Length >= 3 && token[1..].All(char.IsAsciiDigit)))
                && (char.IsAsciiDigit(token[1]) || StandsAlone(after, editionText, counterparts) || (GlueFirst(language, before) && (paragraph.KnownParts?.Contains(after) ?? false))))
            {
                return before + " " + after;
            }

            if (IsLetterDigitGlue(token, k) || IsCurrencyGlue(token, k) || IsNumberWordGlue(token, k, editionText, counterparts))
            {
                return before + " " + after;
            }
        }

        return null;
    }

    /// <summary>
    /// Two lower-case words glued without a case change ("fromoutside", « lascalles »): a word the edition's dictionary or
    /// engine does not know that starts with a function word of its language followed by a word, one the texts use on
    /// its own or one the language's dictionary knows (<see cref="Paragraph.KnownParts"/>); in English also a word
    /// followed by a function word ("thanksto").
    /// </summary>
    private static string? FunctionWordGlue(string token, string language, Paragraph paragraph, string editionText, IReadOnlyList<Counterpart> counterparts)
    {
        // A word some dictionary of the language knows (« esprint » is unknown only to the engine) is no glue.
        if (token.Length < 3 || !token.All(char.IsLower) || !paragraph.UnknownWords.Contains(token) || (language == "fr" && FrenchWordsLikeGlue.Contains(token))
            || (paragraph.UnknownToLanguage is { } unknownToLanguage && !unknownToLanguage.Contains(token)))
        {
            return null;
        }

        var pool = editionText + "\n" + string.Join("\n", counterparts.Select(c => c.Text + "\n" + c.PivotText));
        var words = WordTokenizer.Tokenize(pool).Select(w => w.Text.ToLowerInvariant()).Where(w => w != token).ToHashSet(StringComparer.Ordinal);
        // A word whose stem another edition writes is one word of a rarer form (« parasita » beside "parasitises").
        var stem = TextFold.Fold(token)[..^2];
        if (stem.Length >= 6 && counterparts.Any(c => WordTokenizer.Tokenize(c.Text).Any(w => TextFold.Fold(w.Text).StartsWith(stem, StringComparison.Ordinal))))
        {
            return null;
        }

        var known = paragraph.KnownParts ?? [];
        var english = LanguageTag.Primary(language) == "en";
        for (var k = 1; k <= token.Length - 2; k++)
        {
            var (before, after) = (token[..k], token[k..]);
            // The function word first only: as the second part it is too often an ending (Spanish « viticultor-es »).
            // Two function words glued ("inthe", « dela ») need no other evidence.
            if (GlueFirst(language, before) && after.Length >= 2 && FunctionWords.Contains(language, after))
            {
                return before + " " + after;
            }

            // A word after a function word that is also a prefix (French « sur », « en ») is a derived word (« surcoût »,
            // « ensilage »), unless a month; an English dictionary knows abbreviations ("to-mme" in the cheese « tomme »).
            if (GlueFirst(language, before) && after.Length >= 3
                && (Months.Contains(after)
                    || (!PrefixLike(language, before) && (words.Contains(after) || (known.Contains(after) && !(english && after.Length < 4))))))
            {
                return before + " " + after;
            }

            // English words end in no function word of two letters or more ("thanksto", "becauseof"); Romance endings do (« -es »).
            if (english && after.Length >= 2 && FunctionWords.Contains(language, after) && before.Length >= 4 && (words.Contains(before) || known.Contains(before)))
            {
                return before + " " + after;
            }
        }

        return null;
    }

    /// <summary>French words the engine does not know that read as a function word and a word (« devis », a quote, as « de vis »).</summary>
    private static readonly HashSet<string> FrenchWordsLikeGlue = new(["devis"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a word can open a glued pair: a function word of two letters or more, one of the prepositions and
    /// conjunctions the function-word lists leave out (Spanish « a », « y », « sin »; Catalan « i », « sense », « dels »;
    /// French « pendant »), or a
    /// word that stands before its noun as a function word does (« même », « autres », « mismo », « molt »: « mêmeréseau »).
    /// </summary>
    private static bool GlueFirst(string language, string word) =>
        (word.Length >= 2 && FunctionWords.Contains(language, word))
        || LanguageTag.Primary(language) switch
        {
            "es" => word is "a" or "y" or "o" or "sin" or "mismo" or "misma" or "mismos" or "mismas" or "muy" or "más" or "otro" or "otra" or "otros" or "otras",
            "ca" => word is "a" or "i" or "o" or "sense" or "mateix" or "mateixa" or "mateixos" or "mateixes" or "molt" or "més" or "altre" or "altra" or "altres"
                or "dels" or "als" or "pels" or "entre" or "durant",
            "fr" => word is "à" or "même" or "mêmes" or "très" or "autre" or "autres" or "trop" or "pendant" or "après" or "avant" or "depuis" or "contre" or "entre" or "parmi",
            // English prepositions and determiners the short list leaves out ("intofertiliser"); not those that are prefixes too ("overfishing").
            "en" => word is "same" or "very" or "other" or "into" or "onto" or "about" or "before" or "than" or "between" or "during" or "through"
                or "without" or "within" or "across" or "towards" or "among" or "against" or "upon" or "since" or "until" or "while" or "because"
                or "these" or "those" or "such" or "every" or "each" or "both",
            _ => false,
        };

    /// <summary>
    /// Function words that also begin many words of the language: prefixes (French « sur-coût », « en-tacher »;
    /// Catalan « des-actualitzar », « cap-damunt ») and « es », « se » (« escogedoras »).
    /// </summary>
    private static bool PrefixLike(string language, string word) =>
        word is "es" or "se"
        || LanguageTag.Primary(language) switch
        {
            "fr" => word is "sur" or "en",
            "ca" => word is "des" or "en" or "cap",
            _ => false,
        };

    private static bool CaseChange(string before, string after, string editionText, IReadOnlyList<Counterpart> counterparts)
    {
        var left = LastWord(before);
        if (char.IsLower(left[0]))
        {
            return !NamePrefixes.Contains(left, StringComparer.Ordinal);
        }

        // A capitalised compound ("YouTube", "KoreaNorth") is glue only when both halves are words of the texts.
        if (NamePrefixes.Contains(left, StringComparer.Ordinal))
        {
            return false;
        }

        var right = FirstWord(after);
        var pool = editionText + "\n" + string.Join("\n", counterparts.Select(c => c.Text + "\n" + c.PivotText));
        var words = WordTokenizer.Tokenize(pool).Select(w => TextFold.Fold(w.Text)).ToHashSet(StringComparer.Ordinal);
        return words.Contains(TextFold.Fold(left)) && words.Contains(TextFold.Fold(right));
    }

    private static bool StandsAlone(string word, string editionText, IReadOnlyList<Counterpart> counterparts)
    {
        var pool = editionText + "\n" + string.Join("\n", counterparts.Select(c => c.Text));
        return WordTokenizer.Tokenize(pool).Any(w => w.Text == word);
    }

    private static bool IsLetterDigitGlue(string token, int k)
    {
        if (char.IsLower(token[k - 1]) && char.IsAsciiDigit(token[k]))
        {
            // A month glued to its day or year ("June2016", "May15") too; other capitalised words before digits are codes ("Covid19", "Euro2024").
            var letters = LastWord(token[..k]);
            return letters.Length >= 2 && (letters.All(char.IsLower) || (letters[1..].All(char.IsLower) && Months.Contains(letters.ToLowerInvariant()) && token[k..].All(char.IsAsciiDigit)));
        }

        if (char.IsAsciiDigit(token[k - 1]) && char.IsLower(token[k]))
        {
            var letters = FirstWord(token[k..]);
            return letters.Length >= 3 && letters.All(char.IsLower) && !NumberWords.IsNumberSuffix(letters)
                && !(k + letters.Length < token.Length && char.IsAsciiDigit(token[k + letters.Length]));
        }

        return false;
    }

    /// <summary>
    /// A number glued to a capitalised word ("3March", "2015The"): the token opens with the digits and the word,
    /// a capital and lower-case letters, is written on its own in the texts. Codes ("A400M", "5G", "3D") do not qualify.
    /// </summary>
    private static bool IsNumberWordGlue(string token, int k, string editionText, IReadOnlyList<Counterpart> counterparts)
    {
        if (!char.IsAsciiDigit(token[k - 1]) || !char.IsUpper(token[k]) || !token[..k].All(char.IsAsciiDigit))
        {
            return false;
        }

        var word = token[k..];
        if (word.Length < 3 || !word.All(char.IsLetter) || !word[1..].All(char.IsLower))
        {
            return false;
        }

        var pool = editionText + "\n" + string.Join("\n", counterparts.Select(c => c.Text + "\n" + c.PivotText));
        return WordTokenizer.Tokenize(pool).Any(w => string.Equals(w.Text, word, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCurrencyGlue(string token, int k) =>
        (char.IsLower(token[k - 1]) && NumberConventions.IsCurrency(token[k]) && LastWord(token[..k]).Length >= 2)
        || (NumberConventions.IsCurrency(token[k - 1]) && char.IsLower(token[k]) && FirstWord(token[k..]).Length >= 2);

    private static string LastWord(string s)
    {
        var i = s.Length;
        while (i > 0 && char.IsLetter(s[i - 1]))
        {
            i--;
        }

        return s[i..];
    }

    private static string FirstWord(string s)
    {
        var i = s.Length > 0 && char.IsUpper(s[0]) ? 1 : 0;
        while (i < s.Length && char.IsLetter(s[i]) && !(i > 0 && char.IsUpper(s[i]) && char.IsLower(s[i - 1])))
        {
            i++;
        }

        return s[..i];
    }

    private static bool IsPart(char c) => WordTokenizer.IsWordChar(c) || NumberConventions.IsCurrency(c);

    private static Dictionary<string, string> Evidence(IReadOnlyList<Counterpart> counterparts) =>
        counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
}

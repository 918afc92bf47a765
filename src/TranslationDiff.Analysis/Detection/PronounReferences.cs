using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// How an English text refers back to a named person: an honorific in the name (Mr, Mrs, Ms) and the first
/// gendered pronoun (he, his, himself; she, herself, hers) after a mention, in the rest of its sentence or the
/// next one. Conservative: scanning stops at any other capitalised name (unless "the" or a preposition of place
/// comes before it) or singular person noun (the pronoun might be theirs; "officials" cannot be "he"); a pronoun
/// inside a quotation is the speaker's own word and is passed over. "Him" and "her" are left
/// out (as objects they usually point at someone else), except after "according to", which names a speaker.
/// </summary>
internal static partial class PronounReferences
{
    private static readonly Dictionary<string, PersonGender> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = PersonGender.Masculine, ["his"] = PersonGender.Masculine, ["himself"] = PersonGender.Masculine,
        ["she"] = PersonGender.Feminine, ["herself"] = PersonGender.Feminine, ["hers"] = PersonGender.Feminine,
    };

    private static readonly Dictionary<string, PersonGender> Honorifics = new(StringComparer.Ordinal)
    {
        ["Mr"] = PersonGender.Masculine, ["Sir"] = PersonGender.Masculine,
        ["Mrs"] = PersonGender.Feminine, ["Ms"] = PersonGender.Feminine, ["Miss"] = PersonGender.Feminine, ["Madam"] = PersonGender.Feminine,
    };

    private static readonly HashSet<string> PersonNouns = new(
        """
        man woman husband wife son daughter father mother brother sister boy girl king queen counterpart
        minister president mayor spokesman spokeswoman spokesperson chairman chairwoman leader
        official director secretary head chief colleague predecessor successor deputy
        adviser advisor lawyer judge prosecutor officer rival opponent candidate member ambassador envoy
        manager boss owner founder governor senator player coach driver rider winner author doctor victim suspect
        partner friend who whom whose someone everyone nobody anyone person analyst expert researcher
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>
    /// References to the person keyed <paramref name="person"/> (a folded surname) that carry a gender: the span and
    /// the gender. <paramref name="blocks"/> tells whether a capitalised word (and whether it starts a sentence)
    /// may name someone else.
    /// </summary>
    public static IEnumerable<(int Start, int Length, PersonGender Gender)> Of(string text, string person, Func<string, bool, bool> blocks)
    {
        var words = WordTokenizer.Tokenize(text);
        var sentences = SentenceSegmenter.Split(text, "en");
        var quoted = Quotes().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Text[0]) || TextFold.Fold(words[i].Text) != person)
            {
                continue;
            }

            var first = i;
            while (first > 0 && Adjacent(text, words[first - 1], words[first]) && char.IsUpper(words[first - 1].Text[0]))
            {
                first--;
            }

            var last = i;
            while (last + 1 < words.Count && Adjacent(text, words[last], words[last + 1]) && (char.IsUpper(words[last + 1].Text[0]) || RomancePronouns.SurnameJoiner(words, last + 1)))
            {
                last++;
            }

            foreach (var word in words.Skip(first).Take(i - first))
            {
                if (Honorifics.TryGetValue(word.Text, out var honorific))
                {
                    yield return (word.Start, word.Length, honorific);
                }
            }

            var sentence = sentences.Select((s, n) => (s, n)).FirstOrDefault(x => words[last].Start >= x.s.Start && words[last].Start < x.s.End);
            var end = sentence.n + 1 < sentences.Count ? sentences[sentence.n + 1].End : text.Length;
            // A quotation of several sentences counts as one: "“… visitors. We are asking …,” she told the chamber."
            while (end < text.Length && quoted.FirstOrDefault(q => q.Index < end && end < q.End) is { End: > 0 } open)
            {
                end = sentences.FirstOrDefault(s => s.Start <= open.End - 1 && open.End - 1 < s.End) is { End: > 0 } closing && closing.End > end ? closing.End : text.Length;
            }

            // The apposition right after the name (", former mayor of Voiron,") describes the person: its nouns name no one else.
            var appositionEnd = Apposition(text, words[last].End);
            for (var m = last + 1; m < words.Count && words[m].Start < end; m++)
            {
                var word = words[m].Text;
                var inQuote = quoted.Any(q => words[m].Start > q.Index && words[m].Start < q.End);
                if (!inQuote && (Pronouns.TryGetValue(word.ToLowerInvariant(), out var gender) || SpeakerAfterAccordingTo(text, words, m, out gender)))
                {
                    yield return (words[m].Start, words[m].Length, gender);
                    break;
                }

                var sentenceStart = sentences.Any(s => s.Start <= words[m].Start && words[m].Start < s.End && text[s.Start..words[m].Start].All(c => !char.IsLetterOrDigit(c)));
                if (inQuote || words[m].Start < appositionEnd)
                {
                    // Quoted words are the speaker's own; the apposition is the person's description.
                    continue;
                }

                // ", who …" right after the name is the person's own relative clause, not someone else.
                var ownRelative = m == last + 1 && word is "who" or "whose" && text[words[last].End..words[m].Start] == ", ";
                if ((PersonNouns.Contains(word.ToLowerInvariant()) && !ownRelative) || (char.IsUpper(word[0]) && TextFold.Fold(word) != person && blocks(word, sentenceStart) && !PlaceOrInstitution(words, m)))
                {
                    break;
                }
            }

            i = last;
        }
    }

    /// <summary>"According to him" or "according to her" closing its phrase: the object names the speaker.</summary>
    private static bool SpeakerAfterAccordingTo(string text, IReadOnlyList<TextSpan> words, int m, out PersonGender gender)
    {
        gender = words[m].Text == "him" ? PersonGender.Masculine : PersonGender.Feminine;
        var after = words[m].End < text.Length ? text[words[m].End] : '.';
        return words[m].Text is "him" or "her" && m >= 2 && after is ',' or '.' or ';' or ':'
            && string.Equals(words[m - 2].Text, "according", StringComparison.OrdinalIgnoreCase) && words[m - 1].Text == "to";
    }

    /// <summary>
    /// The end of a short apposition after a name (", former mayor of Voiron,"): a comma, at most eight words with no
    /// stop or colon, and a comma, or at most twelve words to the end of the sentence; -1 when there is none.
    /// </summary>
    private static int Apposition(string text, int nameEnd)
    {
        if (nameEnd >= text.Length || text[nameEnd] != ',')
        {
            return -1;
        }

        var comma = text.IndexOf(',', nameEnd + 1);
        var stop = text.IndexOf('.', nameEnd + 1);
        // An apposition may also run to the end of the sentence (", president of the regional committee.").
        var (close, limit) = comma >= 0 && (stop < 0 || comma < stop) ? (comma, 8) : (stop, 12);
        if (close < 0)
        {
            return -1;
        }

        var inside = text[(nameEnd + 1)..close];
        var words = WordTokenizer.Tokenize(inside);
        // To the end of the sentence only a noun phrase ("president of…", "the head of…"), not a verb phrase (", spoke to…").
        var nounPhrase = close == comma || (words.Count > 0 && (PersonNouns.Contains(words[0].Text) || words[0].Text is "a" or "an" or "the" or "former" or "outgoing"));
        return nounPhrase && inside.IndexOfAny(['.', ':', ';', '!', '?', '"', '“', '«']) < 0 && words.Count <= limit ? close : -1;
    }

    /// <summary>
    /// Whether the capitalised word at <paramref name="m"/> follows "the" or a preposition of place ("the Junta",
    /// "in Bordeaux", "near Calvi"): English does not put those before a person's name, so it names no one who
    /// could be the pronoun's antecedent.
    /// </summary>
    private static bool PlaceOrInstitution(IReadOnlyList<TextSpan> words, int m)
    {
        var k = m - 1;
        while (k >= 0 && char.IsUpper(words[k].Text[0]))
        {
            k--;
        }

        // One modifier may stand between ("the first Volta finish").
        return k >= 0 && k < m && (words[k].Text is "the" or "in" or "at" or "near"
            || (k > 0 && words[k - 1].Text is "the" && !PersonNouns.Contains(words[k].Text) && TextFold.IsLowerWord(words[k].Text)));
    }

    private static bool Adjacent(string text, TextSpan a, TextSpan b) => b.Start == a.End + 1 && text[a.End] == ' ';

    [GeneratedRegex("“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]*’(?!\\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Quotes();
}

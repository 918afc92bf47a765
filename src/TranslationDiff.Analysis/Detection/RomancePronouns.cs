using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// How a Spanish, Catalan or French text refers back to a named person with a gendered pronoun that can only
/// mean a person: the stressed subject pronouns « él », « ella » (Spanish), « ell », « ella » (Catalan) and the
/// subject inverted after a verb in French (« a-t-il averti », « dit-elle »; a plain « il » is often impersonal).
/// Like <see cref="PronounReferences"/>: the first such pronoun after a mention, in the rest of its sentence or
/// the next one, outside quotations; any other capitalised word in mid-sentence, unless an article or a
/// preposition of place comes before it (« la Junta », « en Brest »), may be another antecedent and ends the scan.
/// </summary>
internal static partial class RomancePronouns
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "le", "les", "l", "en", "a", "à", "au", "aux", "del", "du", "des", "de", "d", "al", "els", "dels",
    };

    public static bool Supports(string language) => LanguageTag.Primary(language) is "es" or "ca" or "fr";

    public static IEnumerable<(int Start, int Length, PersonGender Gender)> Of(string text, string person, string language)
    {
        var pronouns = LanguageTag.Primary(language) switch
        {
            "es" => Spanish(),
            "ca" => Catalan(),
            _ => French(),
        };
        var words = WordTokenizer.Tokenize(text);
        var sentences = SentenceSegmenter.Split(text, language);
        var quoted = Quotes().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var found = pronouns.Matches(text)
            .Concat(LanguageTag.Primary(language) == "fr" ? FrenchSpeaker().Matches(text) : [])
            .OrderBy(m => m.Index)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Text[0]) || TextFold.Fold(words[i].Text) != person)
            {
                continue;
            }

            var sentence = sentences.Select((s, n) => (s, n)).FirstOrDefault(x => words[i].Start >= x.s.Start && words[i].Start < x.s.End);
            var end = sentence.n + 1 < sentences.Count ? sentences[sentence.n + 1].End : text.Length;
            // A quotation of several sentences opened in that reach carries it to the sentence that closes the quotation
            // (« … “Gairebé havíem perdut l'esperança. Algunes … ciutat”, va dir ella. »).
            foreach (var q in quoted.Where(q => q.Index > words[i].End && q.Index < end && q.End > end))
            {
                end = Math.Max(end, sentences.FirstOrDefault(s => q.End - 1 >= s.Start && q.End - 1 < s.End) is { End: > 0 } closing ? closing.End : q.End);
            }

            var next = found.FirstOrDefault(m => m.Index > words[i].End && m.Index < end && !quoted.Any(q => m.Index > q.Index && m.Index < q.End));
            if (next is null || Blocked(text, words, i, next.Index, sentences, quoted))
            {
                continue;
            }

            var gender = TextFold.Fold(next.Groups["p"].Value) is "el" or "ell" or "il" ? PersonGender.Masculine : PersonGender.Feminine;
            yield return (next.Groups["p"].Index, next.Groups["p"].Length, gender);
        }
    }

    /// <summary>Whether another capitalised word stands between the mention and the pronoun, in mid-sentence, outside a quotation and not after an article or a preposition.</summary>
    private static bool Blocked(string text, IReadOnlyList<TextSpan> words, int mention, int pronoun, IReadOnlyList<TextSpan> sentences, IReadOnlyList<(int Index, int End)> quoted)
    {
        var k = mention + 1;
        while (k < words.Count && words[k].Start == words[k - 1].End + 1 && (char.IsUpper(words[k].Text[0]) || SurnameJoiner(words, k)))
        {
            k++;
        }

        for (; k < words.Count && words[k].Start < pronoun; k++)
        {
            var word = words[k];
            var sentenceStart = sentences.Any(s => s.Start <= word.Start && word.Start < s.End && text[s.Start..word.Start].All(c => !char.IsLetterOrDigit(c)));
            var afterOpener = k > 0 && Openers.Contains(words[k - 1].Text.ToLowerInvariant().TrimEnd('\'', '’'));
            // Inside a quotation: the speaker's own words name others, not the person the pronoun after it stands for.
            var inQuote = quoted.Any(q => word.Start > q.Index && word.Start < q.End)
                || (text.LastIndexOfAny(['«', '“', '"'], word.Start) is var open and >= 0 && text[open..word.Start].All(c => c is ' ' or '«' or '“' or '"'));
            if (char.IsUpper(word.Text[0]) && !sentenceStart && !afterOpener && !inQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The « i » or « y » that joins a Catalan or Spanish person's two surnames (« Puig i Farré »): part of the name.</summary>
    internal static bool SurnameJoiner(IReadOnlyList<TextSpan> words, int k) =>
        words[k].Text is "i" or "y" && k + 1 < words.Count && words[k + 1].Start == words[k].End + 1 && char.IsUpper(words[k + 1].Text[0]) && char.IsUpper(words[k - 1].Text[0]);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<p>[Éé]l|[Ee]lla)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<p>[Ee]ll|[Ee]lla)(?![\p{L}\p{N}'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Catalan();

    [GeneratedRegex(@"(?<=\p{L}-(?:t-)?)(?<p>il|elle)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    internal static partial Regex French();

    /// <summary>
    /// A French sentence opened by « Il » or « Elle » and a verb of saying (« Il a ajouté que », « Elle explique »): the
    /// subject of such a verb is a person, where a plain « il » elsewhere is often impersonal.
    /// </summary>
    [GeneratedRegex(@"(?<=(?:^|[.!?»”] ))(?<p>Il|Elle) (?:a |avait )?(?:ajouté|ajoute|déclaré|déclare|expliqué|explique|précisé|précise|souligné|souligne|rappelé|rappelle|indiqué|indique|affirmé|affirme|assuré|assure|averti|avertit|dit|reconnu|reconnaît|annoncé|annonce|répondu|répond|insisté|insiste|regretté|regrette|confié|confie|raconté|raconte|estimé|estime|conclu|conclut|dénoncé|dénonce|prévenu|prévient|admis|admet|promis|promet)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchSpeaker();

    /// <summary>Quotations in double marks of any of the four languages (“…”, "…", «…»).</summary>
    [GeneratedRegex("“[^”]*”|\"[^\"]*\"|«[^»]*»", RegexOptions.CultureInvariant)]
    internal static partial Regex Quotes();
}

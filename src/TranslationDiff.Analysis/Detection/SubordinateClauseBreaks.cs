using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>The broken-sentence check's rule for a subordinate clause cut off as a sentence of its own.</summary>
internal static partial class SubordinateClauseBreaks
{
    /// <summary>
    /// A sentence that is only a subordinate clause: it opens with a subordinating conjunction ("While the young
    /// people still cannot leave.", « Aunque nadie lo dijo. ») and has no comma after which a main clause could
    /// follow; or it opens with a preposition, a determiner and a noun that a relative pronoun follows (« Dans une
    /// décision qui, selon eux, ignorait les avis. », "In a ruling that the court issued."), so that its only verb
    /// is the relative clause's. Judged, like the relative opener, only in a paragraph with more sentences than
    /// every other edition gives it: the clause has been cut from the sentence before by a spurious full stop.
    /// </summary>
    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition, Paragraph paragraph)
    {
        var language = LanguageTag.Primary(edition.Language);
        if (!SubordinateOpeners.TryGetValue(language, out var conjunctions))
        {
            yield break;
        }

        var counterparts = context.CounterpartsOf(edition, paragraph.Index);
        foreach (var candidate in CutOffSentences.Candidates(context, edition, paragraph, counterparts))
        {
            var (sentence, words, beforeEnd) = candidate;
            if (DanglingCondition().IsMatch(paragraph.Text[..beforeEnd]))
            {
                // "Pujol calculates that, if the pace is maintained. At the end of 2027 …": the full stop cut the main clause
                // of the reported sentence away from its condition.
                yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 2,
                    flagged => $"A sentence ends in “{flagged}” on a condition whose main clause starts the next sentence: a spurious full stop splits them.");
                continue;
            }

            if (AttributionFragment().IsMatch(paragraph.Text[..beforeEnd]))
            {
                // « Según la investigación de la gendarmería. Un captor… »: the source of what follows, cut off as a sentence of its own.
                yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 2,
                    flagged => $"A sentence ends in “{flagged}” with only an attribution (“according to …”): a spurious full stop cut it from the sentence it introduces.");
                continue;
            }

            if (AttributionFragment().IsMatch(sentence.Text.TrimEnd()) || ReportingFragment().IsMatch(sentence.Text.TrimEnd()))
            {
                // « … coûtait 64 000 £ à opérer. Selon les chiffres présentés au personnel. », « … en Canal Street. Dijo el
                // Ayuntamiento este miércoles. »: the attribution of the sentence before, cut off as a sentence of its own.
                yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, words.Count - 1,
                    flagged => $"“{flagged}” ends with a sentence that is only the attribution of the one before (“according to …”, “said …”): a spurious full stop cut them apart.");
                continue;
            }

            if (language is "fr" or "es" or "ca" && ConjunctionThenInfinitive().IsMatch(sentence.Text))
            {
                // « … en un termini de 48 hores. I mantenir operatives … »: the second infinitive of a list, cut from its verb.
                yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 1,
                    flagged => $"A sentence opens in “{flagged}” with “and” and an infinitive that belong to the sentence before: a spurious full stop splits them.");
                continue;
            }

            if (language == "en" && NameThenVerb(sentence.Text, words))
            {
                // "The spokesman of the main opposition group. Íñigo Cajal, recalled that …": the name was the apposition of
                // the sentence before, and the verb that follows it lost its subject.
                yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 2,
                    flagged => $"A sentence opens in “{flagged}” with a name cut off by a comma from its verb: a spurious full stop split the name from the sentence it belongs to.");
                continue;
            }

            if (words.Count < 4)
            {
                continue;
            }

            if (PhraseThenRelative(language, sentence.Text, words))
            {
                // « … la respuesta fue cálida. Aoife Brennan, que preside la comisión. Dijo que … », « … à Dunmore Civil
                // Engineering. Une firme basée à Elgin, qui prévoit … »: a subject or an apposition with its relative clause
                // and no verb of its own, cut from the sentence it belongs to. A name followed by another sentence is that
                // sentence's subject, cut from its verb by the full stop after it; else the phrase belongs to the sentence before.
                yield return NamedSubjectCutFromVerb(context, edition, paragraph, counterparts, candidate)
                    ?? CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 2,
                        flagged => $"A sentence opens in “{flagged}” with a name or a noun and its relative clause, and has no verb of its own: a spurious full stop cut it from its sentence.");
                continue;
            }

            var opener = conjunctions.FirstOrDefault(c => StartsWithWords(words, c));
            var cut = opener is not null
                ? !sentence.Text[words[opener.Split(' ').Length - 1].End..].Contains(',', StringComparison.Ordinal)
                : PrepositionBeforeRelative(language, words);
            if (cut)
            {
                yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 2,
                    flagged => $"A sentence opens in “{flagged}” with a subordinate clause that has no main clause: it has been cut from the sentence before by a spurious full stop.");
            }
        }
    }

    /// <summary>
    /// Subordinating conjunctions whose clause cannot stand alone (capitalised as at a sentence start), « Y que » / « Et que » /
    /// « Mais que », a reported clause's continuation, and "Like the one", a comparison cut from its noun.
    /// </summary>
    private static readonly Dictionary<string, string[]> SubordinateOpeners = new(StringComparer.Ordinal)
    {
        ["en"] = ["While", "Whereas", "Although", "Though", "Unless", "Whilst", "Even if", "Even though", "And whether", "Or whether", "Like the one", "Like the ones"],
        ["fr"] = ["Alors que", "Tandis que", "Bien que", "Quoique", "Pendant que", "Même si", "Et que", "Mais que"],
        ["es"] = ["Mientras", "Aunque", "Si bien", "Pese a que", "A pesar de que", "Y que", "Pero que", "Incluso si"],
        ["ca"] = ["Mentre", "Encara que", "Tot i que", "Malgrat que", "Si bé", "I que", "Però que", "Fins i tot si"],
    };

    private static readonly Dictionary<string, (HashSet<string> Prepositions, HashSet<string> Determiners, HashSet<string> Relatives)> RelativePhrases = new(StringComparer.Ordinal)
    {
        ["en"] = (Set("In", "With", "By", "For", "Through"), Set("a", "an", "the", "this", "that"), Set("that", "which", "who", "whose")),
        ["fr"] = (Set("Dans", "Avec", "Par", "Pour", "En"), Set("un", "une", "le", "la", "les", "l", "ce", "cette", "des"), Set("qui", "que", "qu", "dont")),
        ["es"] = (Set("En", "Con", "Por", "Para", "Mediante"), Set("un", "una", "el", "la", "los", "las", "este", "esta"), Set("que", "quien", "quienes", "cuyo", "cuya")),
        ["ca"] = (Set("En", "Amb", "Per", "Mitjançant"), Set("un", "una", "el", "la", "els", "les", "l", "aquest", "aquesta"), Set("que", "qui")),
    };

    /// <summary>A preposition, a determiner, one or two words and a relative pronoun: « Dans une décision qui ».</summary>
    private static bool PrepositionBeforeRelative(string language, IReadOnlyList<TextSpan> words)
    {
        if (!RelativePhrases.TryGetValue(language, out var phrase) || !phrase.Prepositions.Contains(words[0].Text) || !phrase.Determiners.Contains(words[1].Text))
        {
            return false;
        }

        return words.Skip(3).Take(2).Any(w => phrase.Relatives.Contains(w.Text)) && words.Skip(2).TakeWhile(w => !phrase.Relatives.Contains(w.Text)).All(w => TextFold.IsLowerWord(w.Text));
    }

    /// <summary>
    /// For a sentence that opens with a name and is followed by another sentence of the paragraph: the finding on the full
    /// stop after it, from its last word to the next sentence's first (« ayuntamiento. Dijo »); else null.
    /// </summary>
    private static Finding? NamedSubjectCutFromVerb(DetectionContext context, Edition edition, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts,
        (TextSpan Sentence, IReadOnlyList<TextSpan> Words, int BeforeEnd) candidate)
    {
        var text = paragraph.Text;
        var (sentence, words, _) = candidate;
        var end = sentence.Start + sentence.Text.TrimEnd().Length;
        var following = WordTokenizer.Tokenize(text[end..]);
        var next = following.Count > 0 ? following[0] : default;
        if (OpensWithIndefiniteArticle(words) || next.Length == 0 || !text[(end - 1)..].StartsWith('.'))
        {
            return null;
        }

        var start = BrokenSentenceDetector.WordStartBefore(text, end - 2);
        var stop = end + next.End;
        var evidence = counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
        return FindingFactory.Create(context, edition, paragraph.Index, start, stop - start, (CheckIds.BrokenSentence, Categories.Punctuation, Severity.Major),
            $"“{text[start..stop]}”: a full stop cuts “{text[sentence.Start..(sentence.Start + words[Math.Min(1, words.Count - 1)].End)]}” and its relative clause from the verb that follows.", evidence);
    }

    /// <summary>
    /// Whether the sentence is a name of one to three capitalised words, or an indefinite article and up to four more
    /// words, then a comma and a relative pronoun, with no other comma after it where a main clause could start.
    /// </summary>
    private static bool PhraseThenRelative(string language, string sentence, IReadOnlyList<TextSpan> words)
    {
        if (!RelativePhrases.TryGetValue(language, out var phrase))
        {
            return false;
        }

        var k = 0;
        if (OpensWithIndefiniteArticle(words))
        {
            k = 1;
            while (k < words.Count && k < 5 && sentence[words[k - 1].End..words[k].Start] == " " && !phrase.Relatives.Contains(words[k].Text))
            {
                k++;
            }
        }
        else
        {
            k = LeadingName(sentence, words);
        }

        return k > 0 && k + 2 < words.Count && sentence[words[k - 1].End..words[k].Start] == ", " && phrase.Relatives.Contains(words[k].Text)
            && !sentence[words[k].End..].Contains(',', StringComparison.Ordinal);
    }

    /// <summary>Whether the sentence opens with an indefinite article (« Une firme … », "A firm …").</summary>
    private static bool OpensWithIndefiniteArticle(IReadOnlyList<TextSpan> words) => words[0].Text is "Un" or "Une" or "Una" or "A" or "An";

    /// <summary>How many capitalised words, one to three and joined by single spaces, open the sentence (a name).</summary>
    private static int LeadingName(string sentence, IReadOnlyList<TextSpan> words)
    {
        var k = 0;
        while (k < words.Count && k < 3 && TextFold.IsCapitalised(words[k].Text) && (k == 0 || sentence[words[k - 1].End..words[k].Start] == " "))
        {
            k++;
        }

        return k;
    }

    private static bool StartsWithWords(IReadOnlyList<TextSpan> words, string phrase)
    {
        var parts = phrase.Split(' ');
        return parts.Length <= words.Count && parts.Select((p, i) => i == 0 ? words[i].Text == p : Unelided(words[i].Text).Equals(p, StringComparison.OrdinalIgnoreCase)).All(x => x);
    }

    /// <summary>French « qu'elle », « qu’il » as « que » (the tokenizer keeps an elided word joined to the next).</summary>
    private static string Unelided(string word) =>
        word.Length > 3 && word.StartsWith("qu", StringComparison.OrdinalIgnoreCase) && word[2] is '\'' or '’' ? word[..2] + "e" : word;

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>Whether the sentence opens with a name of one to three capitalised words, a comma, and then a verb in the past ("Íñigo Cajal, recalled").</summary>
    private static bool NameThenVerb(string sentence, IReadOnlyList<TextSpan> words)
    {
        var k = LeadingName(sentence, words);

        if (k == 0 || k >= words.Count || sentence[words[k - 1].End..words[k].Start] != ", ")
        {
            return false;
        }

        var verb = words[k].Text;
        return TextFold.IsLowerWord(verb) && (EnglishWords.IrregularPast.Contains(verb) || EnglishWords.IsEdForm(verb));
    }

    /// <summary>A sentence that is only an attribution, with no comma or verb of its own: « Según la investigación de la gendarmería. »</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[.!?] )(?:Según|Segons|Selon|D['’]après|According to) [^.,;:!?«»“”""]{3,70}\.$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AttributionFragment();

    /// <summary>
    /// A sentence that is only a reporting verb, its subject and perhaps a day: « Dijo el Ayuntamiento este miércoles. »,
    /// « A déclaré la mairie mardi. », "Said the council on Wednesday." (the speaker of the sentence before).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Dijo|Dijeron|Explicó|Afirmó|Informó|Anunció|Aseguró|Señaló|Indicó|Declaró|Va dir|Van dir|Va explicar|Va afirmar|Va anunciar|Va informar|Va assegurar|Va assenyalar|A dit|Ont dit|A déclaré|A annoncé|A expliqué|A indiqué|A affirmé|A précisé|Said|Announced|Explained|Stated|Reported) (?:el|la|los|las|els|les|le|l['’]|the|un|una|une|a|an) ?[^.,;:!?«»“”""]{2,60}\.$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReportingFragment();

    /// <summary>A sentence that opens with "and" and an infinitive (« I mantenir », « Y mantener », « Et maintenir »).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:I|Y|Et|E) \p{Ll}+(?:ar|er|ir|re)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ConjunctionThenInfinitive();

    /// <summary>A that-clause that holds only a condition and ends the sentence: "that, if the pace is maintained." (« que, si … »).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:that|que|qu['’])\s*,\s*(?:if|when|once|si|quan|cuando|lorsque|quand|lorsqu['’])\b[^,.;:!?]*\.$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DanglingCondition();
}

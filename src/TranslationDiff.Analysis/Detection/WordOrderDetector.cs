using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Word order inverted against the other editions: two capitalised words in the opposite order to the one
/// all other editions use ("Korea North" for "North Korea"), and, in English, a compound adjective placed
/// after its noun the way French and Spanish do ("missiles long-range in"), and a time adverbial placed
/// before the complement (<see cref="DisplacedAdverbials"/>).
/// </summary>
internal sealed partial class WordOrderDetector(DetectionOptions options) : ArtifactDetector(options)
{
    /// <summary>Adjectives that take an "of" or "from" complement after their noun ("a country free of measles", "a region far from the sea").</summary>
    private static readonly HashSet<string> OfComplementAdjectives = new(
        ["free", "full", "empty", "short", "devoid", "independent", "different", "distinct", "far", "clear", "safe", "immune", "exempt", "aware", "capable", "proud", "typical", "worthy", "guilty", "innocent", "void", "absent", "separate", "isolated"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal)
    {
        "range", "term", "level", "scale", "time", "class", "owned", "backed", "led", "run", "made", "based", "wing", "sized", "style",
        "year", "day", "hour", "old", "fuelled", "fueled", "powered", "standing", "rate", "profile", "intensity", "ranking", "speed",
        "conditioned", "format", "friendly", "efficient", "storey",
    };

    private static readonly HashSet<string> Followers = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "of", "for", "to", "from", "with", "by", "and", "or", "that", "which", "who", "since", "into", "against", "were", "was", "are", "is", "have", "has",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "become", "became", "seem", "seems", "the", "a", "an", "of", "in", "on", "and", "or", "very", "more", "most", "as", "so", "too",
        // Compass and position adjectives come before a capitalised name ("the western Mediterranean", "central Europe").
        "western", "eastern", "northern", "southern", "central", "upper", "lower", "inner", "outer", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    };

    /// <summary>Pronouns stand for a noun phrase but take no adjective before them ("most of them family-run" is right).</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "them", "him", "her", "us", "me", "you", "they", "we", "he", "she", "i", "theirs", "ours", "yours", "mine", "hers", "its", "his",
        "this", "that", "these", "those", "some", "many", "all", "both", "none", "each", "most", "few", "several", "others", "one", "ones",
        "themselves", "itself", "himself", "herself", "ourselves", "yourselves", "everyone", "everything", "someone", "something", "anyone", "anything",
    };

    /// <summary>Languages that share noun-adjective order, so an inversion between two of them is suspect.</summary>
    private static readonly HashSet<string> Romance = new(StringComparer.Ordinal) { "fr", "es", "ca", "it", "pt", "gl", "oc", "ro" };

    private static readonly char[] Apostrophes = ['\'', '’'];

    public override string Id => CheckIds.WordOrder;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Judged())
        {
            var english = LanguageTag.Primary(edition.Language) == "en";
            foreach (var paragraph in edition.Paragraphs)
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                if (counterparts.Count == 0)
                {
                    continue;
                }

                if (LanguageTag.Primary(edition.Language) == "fr")
                {
                    foreach (System.Text.RegularExpressions.Match match in FrenchNextOrLastBefore().Matches(paragraph.Text))
                    {
                        var (adjective, noun) = (match.Groups["adj"].Value, match.Groups["noun"].Value);
                        yield return Create(context, edition, paragraph, match.Groups["adj"].Index, match.Groups["noun"].Index + noun.Length,
                            $"« {adjective} {noun} »: French dates by a day of the week with « {adjective} » after it (« {noun} {adjective} »); before it, it means the next or last of a series.", counterparts);
                    }

                    foreach (System.Text.RegularExpressions.Match match in FrenchOrdinalBeforeCount().Matches(paragraph.Text))
                    {
                        yield return Create(context, edition, paragraph, match.Index, match.Index + match.Length,
                            $"« {match.Value} » puts « {match.Groups["ordinal"].Value} » before the number, as Spanish and Catalan do (« los últimos cinco años »); French writes « les {match.Groups["count"].Value} {match.Groups["ordinal"].Value} ».", counterparts);
                    }

                    foreach (System.Text.RegularExpressions.Match match in FrenchOtherBeforeCount().Matches(paragraph.Text))
                    {
                        yield return Create(context, edition, paragraph, match.Index, match.Index + match.Length,
                            $"« {match.Value} » puts « autres » before the number, as Spanish and Catalan do; French writes « {match.Groups["count"].Value} {match.Groups["other"].Value} ».", counterparts);
                    }
                }

                if (english)
                {
                    foreach (var (start, length, message) in DisplacedAdverbials.Find(paragraph.Text))
                    {
                        yield return Create(context, edition, paragraph, start, start + length, message, counterparts);
                    }

                    foreach (System.Text.RegularExpressions.Match match in EnglishCountBeforeOrdinal().Matches(paragraph.Text))
                    {
                        var (count, ordinal) = (match.Groups["count"].Value, match.Groups["ordinal"].Value);
                        yield return Create(context, edition, paragraph, match.Groups["count"].Index, match.Index + match.Length,
                            $"“{count} {ordinal}” puts the number before “{ordinal}”, as French, Spanish and Catalan do (« les trois premiers »); English writes “{ordinal} {count}”.", counterparts);
                    }
                }

                var words = WordTokenizer.Tokenize(paragraph.Text);
                for (var i = 0; i + 1 < words.Count; i++)
                {
                    if (paragraph.Text[words[i].End..words[i + 1].Start] != " ")
                    {
                        continue;
                    }

                    if (!(english && NamedHead(words[i + 1].Text)) && ReversedName(words[i].Text, words[i + 1].Text, SameOrderTexts(edition, counterparts)) is { } usual)
                    {
                        yield return Create(context, edition, paragraph, words[i].Start, words[i + 1].End,
                            $"“{words[i].Text} {words[i + 1].Text}” is in the reverse order of the other editions' “{usual}”.", counterparts);
                    }
                    else if (english && PostposedCompound(words, i, paragraph.Text))
                    {
                        yield return Create(context, edition, paragraph, words[i].Start, words[i + 1].End,
                            $"“{words[i].Text} {words[i + 1].Text}” puts the compound adjective after its noun; English writes “{words[i + 1].Text} {words[i].Text}”.", counterparts);
                    }
                    else if (english && PostposedAdjective(words, i, paragraph.Text, counterparts) is { } order)
                    {
                        yield return Create(context, edition, paragraph, words[i].Start, words[i + 1].End,
                            $"“{words[i].Text} {words[i + 1].Text}” puts the adjective after its noun, as the original's language does; the other editions' translations have “{order}”.", counterparts);
                    }
                    else if (english && PostposedParticiple(words, i, paragraph.Text, counterparts) is { } participle)
                    {
                        yield return Create(context, edition, paragraph, words[i].Start, words[i + 2].End,
                            $"“{words[i].Text} {words[i + 1].Text} {words[i + 2].Text}” puts the participle after its noun, as the original's language does; English writes “{participle}”.", counterparts);
                    }
                    else if (ReversedCognates(edition, context.OriginalLanguage ?? context.ReferenceLanguage, words[i].Text, words[i + 1].Text, counterparts) is { } original)
                    {
                        yield return Create(context, edition, paragraph, words[i].Start, words[i + 1].End,
                            $"“{words[i].Text} {words[i + 1].Text}” inverts the order of the original's “{original}”, against this language's usual order.", counterparts);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The counterparts as texts whose word order can be compared with an English edition's: a French, Spanish or Catalan
    /// counterpart counts by its English pivot text only; its own text orders a name's words its language's way
    /// (« Festival Flamenco » is the "Flamenco Festival"). A name kept in English inside a Romance edition keeps the
    /// English order, so for those editions every counterpart counts as written.
    /// </summary>
    private static List<Counterpart> SameOrderTexts(Edition edition, IReadOnlyList<Counterpart> counterparts)
    {
        var english = LanguageTag.Primary(edition.Language) == "en";
        return counterparts.Select(c => english && Romance.Contains(LanguageTag.Primary(c.Language)) ? c with { Text = c.PivotText } : c).ToList();
    }

    /// <summary>
    /// English puts a name before the noun of the place or event it names ("the Dalí Theatre-Museum", "the Sónar
    /// Festival"), where an engine's word-for-word pivot of « Teatre-Museu Dalí » keeps the Romance order: that order in
    /// an English edition is its own, not a reversal.
    /// </summary>
    private static bool NamedHead(string word) => word.Split('-').Any(part => NamedHeads.Contains(part.ToLowerInvariant()));

    private static readonly HashSet<string> NamedHeads = WordSet.Of(
        "museum theatre theater festival prize award foundation institute hospital stadium centre center park gallery library school university college airport station market tower palace hall cup trophy marathon rally");

    private static string? ReversedName(string a, string b, List<Counterpart> counterparts)
    {
        if (!TextFold.IsCapitalised(a) || !TextFold.IsCapitalised(b) || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var usual = b + " " + a;
        var ours = a + " " + b;
        // Only a pair the others write as a name, both words capitalised, has a fixed order; « l'Open international »
        // is a noun and its adjective, which each language orders its own way ("International Open").
        var reversed = counterparts.Count(c => HasExactly(c, usual));
        return reversed > 0 && reversed * 2 > counterparts.Count && !counterparts.Any(c => Has(c, ours)) ? usual : null;
    }

    /// <summary>
    /// Adjectives French, Spanish and Catalan put before the noun as readily as after it (« la actual directora »,
    /// « l'antic director », « le nouveau maire »), among them the adjectives of quantity and intensity that a writer
    /// puts first for emphasis (« las abundantes nevadas », « de fortes pluges »): either order is the language's own.
    /// </summary>
    private static readonly HashSet<string> Prenominal = WordSet.Of(
        "actual actuales antiguo antigua antiguos antiguas nuevo nueva nuevos nuevas ultimo ultima ultimos ultimas proximo proxima proximos proximas principal principales mismo misma unico unica "
        + "antic antiga antics antigues nou nova nous noves darrer darrera proper propera actuals unica "
        + "nouveau nouvelle nouveaux nouvelles ancien ancienne anciens anciennes dernier derniere derniers dernieres prochain prochaine prochains prochaines seul seule seuls seules actuel actuelle "
        + "abundante abundantes intenso intensa intensos intensas fuerte fuertes grave graves numeroso numerosa numerosos numerosas enorme enormes breve breves "
        + "presunto presunta presuntos presuntas supuesto supuesta supuestos supuestas amplio amplia amplios amplias "
        + "abundant abundants intens intensa intensos intenses fort forta forts fortes greu greus nombros nombrosa nombrosos nombroses breu breus presumpte presumpta "
        + "abondant abondante abondants abondantes forte fortes nombreux nombreuse nombreuses enorme enormes bref breve breves presume presumee presumes presumees vaste vastes "
        + "propre propres propio propia propios propias propi propis propies "
        + "petit petite petits petites grand grande grands grandes gros grosse bon bonne bons bonnes beau belle beaux belles jeune jeunes vieux vieille vieilles "
        + "haut haute hauts hautes long longue longs longues mauvais mauvaise joli jolie "
        + "pequeno pequena pequenos pequenas gran grande grandes buen buena buenos buenas mal mala malos malas joven jovenes viejo vieja viejos viejas "
        + "petita petits petites grans bona bons bones jove joves vell vella vells velles llarg llarga");

    /// <summary>
    /// Two lower-case words in the reverse order of the same two words in the original, when it is in a related
    /// Romance language ("las legales obligaciones" for "les obligations légales"): an adjective moved before its noun.
    /// Only the original counts: a damaged sister translation must not make a sound one look inverted.
    /// </summary>
    /// <summary>Spanish and Catalan stressed possessives, which follow their noun (folded).</summary>
    private static readonly HashSet<string> Possessives = WordSet.Of(
        "nostre nostra nostres vostre vostra vostres meva meves teva teves seva seves " +
        "nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras suyo suya suyos suyas");

    private static string? ReversedCognates(Edition edition, string original, string a, string b, IReadOnlyList<Counterpart> counterparts)
    {
        // A word behind an elided preposition is a complement (« définitif d'horaires »), not a noun's adjective.
        if (a.Length < 4 || b.Length < 4 || !TextFold.IsLowerWord(a) || !TextFold.IsLowerWord(b) || a.IndexOfAny(Apostrophes) >= 0 || b.IndexOfAny(Apostrophes) >= 0
            || FunctionWords.Contains(edition.Language, a) || FunctionWords.Contains(edition.Language, b))
        {
            return null;
        }

        // Neither an adjective put first by choice (« la actual directora »), nor one the original put first by choice and the
        // edition after its noun, the usual place (« el problema principal » for « el principal problema »).
        if (!Romance.Contains(LanguageTag.Primary(edition.Language)) || Prenominal.Contains(TextFold.Fold(a)) || Prenominal.Contains(TextFold.Fold(b)))
        {
            return null;
        }

        // A possessive after its noun is a stressed form Spanish and Catalan use freely (« a casa nostra », « la casa nuestra »).
        if (Possessives.Contains(TextFold.Fold(b)))
        {
            return null;
        }

        foreach (var counterpart in counterparts.Where(c => LanguageTag.SameLanguage(c.Language, original) && !LanguageTag.SameLanguage(c.Language, edition.Language) && Romance.Contains(LanguageTag.Primary(c.Language))))
        {
            var theirs = WordTokenizer.Tokenize(counterpart.Text);
            for (var k = 0; k + 1 < theirs.Count; k++)
            {
                if (Cognate(theirs[k].Text, b) && Cognate(theirs[k + 1].Text, a)
                    && !Enumerable.Range(0, theirs.Count - 1).Any(j => Cognate(theirs[j].Text, a) && Cognate(theirs[j + 1].Text, b)))
                {
                    return theirs[k].Text + " " + theirs[k + 1].Text;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Two words of one stem: alike but for their endings, the first four letters shared ("hélicoptères", "helicóptero";
    /// not "deux", "debe"), Spanish diphthongs read as the Catalan and French vowels (« huertos », « horts »).
    /// </summary>
    private static bool Cognate(string x, string y)
    {
        var (a, b) = (TextFold.Fold(TextFold.Unelided(x)), TextFold.Fold(TextFold.Unelided(y)));
        if (a.Length >= 4 && b.Length >= 4 && string.CompareOrdinal(a, 0, b, 0, 4) == 0 && TextFold.SameName(TextFold.Unelided(x), TextFold.Unelided(y)))
        {
            return true;
        }

        var (c, d) = (Undiphthonged(a), Undiphthonged(b));
        return (c != a || d != b) && c.Length >= 4 && d.Length >= 4 && string.CompareOrdinal(c, 0, d, 0, 4) == 0 && TextFold.SameName(c, d);
    }

    /// <summary>A folded word with « ue » read as « o » and « ie » as « e », but not the « ue » of « que », « gue ».</summary>
    private static string Undiphthonged(string folded) =>
        SpanishUe().Replace(folded, "o").Replace("ie", "e", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("(?<![qg])ue", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpanishUe();

    /// <summary>
    /// An English noun followed by an adjective ("the vines old", "meadows marine") where another edition's
    /// translation into English has the two words the other way round and none has them in this order: the
    /// Romance order copied. The adjective is told by its ending or a short list; adjectives English does put
    /// after a noun ("the people present", "funds available") are left alone, and so is a pair followed by a noun.
    /// </summary>
    private static string? PostposedAdjective(IReadOnlyList<TextSpan> words, int i, string text, IReadOnlyList<Counterpart> counterparts)
    {
        var noun = words[i].Text;
        var adjective = words[i + 1].Text;
        var lowerAdjective = adjective.ToLowerInvariant();
        if (!TextFold.IsLowerWord(noun) || noun.Length < 3 || NotNouns.Contains(noun) || Pronouns.Contains(noun) || FunctionWords.Contains("en", noun) || EnglishWords.IsVerbLike(noun)
            || !(TextFold.IsLowerWord(adjective) || TextFold.IsCapitalised(adjective)) || !LooksAdjectival(lowerAdjective) || Postpositive.Contains(lowerAdjective))
        {
            return null;
        }

        // A complement after the adjective makes it English order ("the measures necessary to protect", "a region rich in water",
        // "a country free of measles", for the adjectives that take "of" or "from");
        // an adjective's complement with "in" is a bare noun ("rich in oil", "low in fat"): "in a row", "in the north" is an adverbial.
        if (i + 2 < words.Count && words[i + 2].Text is "to" or "for" or "in" or "with"
            && !(words[i + 2].Text == "in" && i + 3 < words.Count && EnglishWords.Determiners.Contains(words[i + 3].Text.ToLowerInvariant())))
        {
            return null;
        }

        if (i + 2 < words.Count && words[i + 2].Text is "of" or "from" && OfComplementAdjectives.Contains(lowerAdjective))
        {
            return null;
        }

        // A name may follow ("the forward Brazilian Jonás Almeida"); a common noun may not ("marine biologists").
        if (i + 2 < words.Count && text[words[i + 1].End..words[i + 2].Start] == " " && !Followers.Contains(words[i + 2].Text) && !FunctionWords.Contains("en", words[i + 2].Text)
            && !TextFold.IsCapitalised(words[i + 2].Text))
        {
            return null;
        }

        // "consider the forecast optimistic", "keep the roads open": an object and its complement, English order
        // (rarely after "a": "called a strike indefinite" copies « una vaga indefinida »).
        var determiner = i >= 2 ? words[i - 1].Text.ToLowerInvariant() : string.Empty;
        var verbAt = EnglishWords.Determiners.Contains(determiner) ? (determiner is "a" or "an" ? -1 : i - 2) : i - 1;
        if (verbAt >= 0 && ComplementVerbs.Contains(Stem(words[verbAt].Text.ToLowerInvariant())))
        {
            return null;
        }

        var usual = adjective + " " + noun;
        var ours = noun + " " + adjective;
        // A Romance edition's pivot copying the noun-adjective order is no evidence against it, but only for a word known to be
        // an adjective: one guessed from its ending ("arsenal", "western") may be the noun, and the pivot's order right.
        var known = CommonAdjectives.Contains(lowerAdjective);
        return counterparts.Any(c => Has(c, usual)) && !counterparts.Any(c => known ? HasInEnglishOrder(c, ours) : Has(c, ours)) ? usual : null;
    }

    /// <summary>
    /// Whether a counterpart writes the phrase as English: its own text, or its pivot unless it was translated from a
    /// Romance language, whose engine copies the noun-adjective order it is meant to be judged against.
    /// </summary>
    private static bool HasInEnglishOrder(Counterpart c, string phrase) =>
        c.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)
        || (!Romance.Contains(LanguageTag.Primary(c.Language)) && c.PivotText.Contains(phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// An English noun followed by an adverb in -ly and the past participle of a verb that takes no object ("families
    /// newly arrived", "workers recently retired") at the end of the phrase, where another edition's translation has the
    /// participle before the noun ("recently arrived families"): the Romance order « familias recién llegadas » copied.
    /// A passive participle may follow its noun in English ("the date initially planned"); an intransitive one may not.
    /// </summary>
    private static string? PostposedParticiple(IReadOnlyList<TextSpan> words, int i, string text, IReadOnlyList<Counterpart> counterparts)
    {
        if (i + 2 >= words.Count || text[words[i + 1].End..words[i + 2].Start] != " ")
        {
            return null;
        }

        var noun = words[i].Text;
        var adverb = words[i + 1].Text;
        var participle = words[i + 2].Text;
        if (!TextFold.IsLowerWord(noun) || noun.Length < 3 || NotNouns.Contains(noun) || Pronouns.Contains(noun) || FunctionWords.Contains("en", noun) || EnglishWords.IsVerbLike(noun)
            || !TextFold.IsLowerWord(adverb) || adverb.Length < 5 || !adverb.EndsWith("ly", StringComparison.Ordinal)
            || !TextFold.IsLowerWord(participle) || !IntransitiveParticiples.Contains(participle))
        {
            return null;
        }

        // The phrase ends there: a complement would make it a reduced relative clause ("families recently arrived from Peru").
        if (i + 3 < words.Count && text[words[i + 2].End..words[i + 3].Start] == " " && words[i + 3].Text is not ("and" or "or"))
        {
            return null;
        }

        var usual = participle + " " + noun;
        return counterparts.Any(c => Has(c, usual)) && !counterparts.Any(c => HasInEnglishOrder(c, noun + " " + adverb)) ? adverb + " " + usual : null;
    }

    /// <summary>Past participles of verbs without an object, which English puts before the noun ("newly arrived families").</summary>
    private static readonly HashSet<string> IntransitiveParticiples = new(StringComparer.Ordinal)
    {
        "arrived", "departed", "emigrated", "immigrated", "returned", "retired", "deceased", "died", "disappeared", "vanished", "fallen", "risen", "gone", "come",
    };

    /// <summary>Verbs that take an object and an adjective after it, by their first five letters.</summary>
    private static readonly HashSet<string> ComplementVerbs = new(StringComparer.Ordinal)
    {
        "consi", "find", "finds", "found", "judge", "deem", "deeme", "deems", "call", "calls", "calle", "keep", "keeps", "kept", "make", "makes",
        "made", "leave", "left", "think", "thoug", "belie", "decla", "rate", "rated", "rates", "descr", "prove", "hold", "holds", "has", "have", "had", "see", "sees", "saw", "seen",
        "held", "pain", "paint", "turn", "turne", "turns", "get", "gets", "got", "set", "sets", "want", "wants", "wante", "like", "likes", "liked",
    };

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    private static bool LooksAdjectival(string word) =>
        word.Length >= 3 && (CommonAdjectives.Contains(word) || AdjectiveEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal)));

    private static readonly string[] AdjectiveEndings =
        ["al", "ic", "ical", "ous", "ive", "ent", "ant", "ary", "ory", "ite", "ese", "ian", "ean", "ish", "ful", "less", "ile", "ine", "ern", "ar", "ible", "able"];

    private static readonly HashSet<string> CommonAdjectives = new(StringComparer.Ordinal)
    {
        "old", "new", "young", "big", "small", "large", "high", "low", "long", "short", "good", "bad", "great", "little", "major", "minor", "main",
        "full", "free", "open", "red", "green", "blue", "black", "white", "dry", "wet", "hot", "cold", "warm", "deep", "wide", "rich", "poor", "strong",
        "weak", "heavy", "light", "early", "late", "last", "next", "first", "fresh", "safe", "fair", "firm", "vast", "huge", "tiny", "key", "french", "spanish",
    };

    /// <summary>Adjectives English itself puts after a noun ("the people present", "funds available", "the president elect").</summary>
    private static readonly HashSet<string> Postpositive = new(StringComparer.Ordinal)
    {
        "available", "possible", "present", "concerned", "involved", "responsible", "elect", "general", "proper", "alike", "alone", "alive", "aware",
        "affected", "needed", "required", "left", "remaining", "mentioned", "above", "below", "ahead", "apart", "enough", "imaginable", "visible",
        "abroad", "ago", "apiece", "galore", "designate", "emeritus", "immemorial", "incarnate", "extraordinary", "plenipotentiary", "laureate",
        "aside", "overall", "ready", "due", "able", "unable", "necessary", "sufficient", "central", "familiar", "acceptable", "capable", "eligible",
        "liable", "essential", "suitable", "adequate", "similar", "comparable", "equivalent", "relevant", "applicable", "payable", "open",
    };

    private static bool PostposedCompound(IReadOnlyList<TextSpan> words, int i, string text)
    {
        var noun = words[i].Text;
        var compound = words[i + 1].Text.Split('-');
        if (compound.Length != 2 || !CompoundHeads.Contains(compound[1].ToLowerInvariant()) || !TextFold.IsLowerWord(noun) || NotNouns.Contains(noun) || Pronouns.Contains(noun.ToLowerInvariant()) || noun.Length < 3)
        {
            return false;
        }

        if (i + 2 >= words.Count)
        {
            return true;
        }

        var between = text[words[i + 1].End..words[i + 2].Start];
        return between.Any(c => !char.IsWhiteSpace(c)) || Followers.Contains(words[i + 2].Text);
    }

    private static bool HasExactly(Counterpart c, string phrase) =>
        c.Text.Contains(phrase, StringComparison.Ordinal) || c.PivotText.Contains(phrase, StringComparison.Ordinal);

    /// <summary>Whether the counterpart's text or pivot has the phrase, ignoring case and hyphens ("non-existent trips" has "nonexistent trips").</summary>
    private static bool Has(Counterpart c, string phrase) =>
        c.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase) || c.PivotText.Contains(phrase, StringComparison.OrdinalIgnoreCase)
        || (phrase.Contains(' ', StringComparison.Ordinal) && c.PivotText.Replace("-", string.Empty, StringComparison.Ordinal).Contains(phrase.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// French « le prochain lundi », « du dernier jeudi » dating an event, as English "next Monday", "last Thursday" order
    /// it: French writes « lundi prochain », « jeudi dernier ». Not before a complement or an adjective (« le dernier
    /// lundi de mai », « le prochain lundi férié »), where the order is right; nor a season, which French dates both
    /// ways (« au prochain printemps »).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(?i:le|du|au|dès le|depuis le)\s+(?<adj>prochain|dernier)\s+(?<noun>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?=\s*(?:[,.;:)!?]|$)|\s+(?:à|au|et|pour|dans|avec|afin|quand|lorsque|si|ou|selon|après|avant|contre|\d))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FrenchNextOrLastBefore();

    /// <summary>
    /// A count between a determiner and "first", "last" or "next", before a noun: "the three first years", "its ten first boats"
    /// (English: "the first three years"). "the remaining", "the past" and "the previous" take either order and are left out.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?i:the|its|their|his|her|our|these|those) (?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|\d{1,3}) (?<ordinal>first|last|next) (?<noun>\p{Ll}+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnglishCountBeforeOrdinal();

    /// <summary>« premiers », « derniers » or « prochains » before a count (« les derniers cinq ans »), the Spanish and Catalan order; French says « les cinq derniers ans ».</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(?<ordinal>premiers|premières|derniers|dernières|prochains|prochaines) (?<count>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|\d{1,3})(?= \p{Ll})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FrenchOrdinalBeforeCount();

    /// <summary>« autres » before a count (« autres cinq glacières », « autres 60 000 euros »), the Spanish and Catalan order; French says « cinq autres ».</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}'’])(?<other>autres) (?<count>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|\d[\d  .,]*\d|\d)(?![\p{L}\d])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FrenchOtherBeforeCount();

    private Finding Create(DetectionContext context, Edition edition, Paragraph paragraph, int start, int end, string message, IReadOnlyList<Counterpart> counterparts) =>
        FindingFactory.Create(context, edition, paragraph.Index, start, end - start, (Id, Categories.WordOrder, Severity.Minor), message,
            counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal));
}

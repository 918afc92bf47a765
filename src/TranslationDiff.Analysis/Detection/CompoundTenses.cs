using System.Text.RegularExpressions;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Recognises, by their morphology, the compound tenses that place an event before another one in the past or
/// in an unreal past: the pluperfect (« avait signé », « était resté », « s'était retiré »; « había firmado »;
/// « havia signat », with the past subjunctive « hubiera / hagués » counted with it) and the conditional perfect
/// (« aurait signé », « habría firmado », « hauria signat »). French « être » counts as an auxiliary only with
/// the verbs that take it and with reflexives, since « était prévu » is a passive, not a pluperfect.
/// </summary>
internal static class CompoundTenses
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The auxiliaries of the pluperfect and the conditional perfect, by language, as regular-expression alternatives.</summary>
    private const string FrenchAuxiliaries = "avais|avait|avions|aviez|avaient|étais|était|étions|étiez|étaient|aurais|aurait|aurions|auriez|auraient|serais|serait|serions|seriez|seraient";

    private const string SpanishAuxiliaries = "había|habías|habíamos|habíais|habían|hubiera|hubieras|hubiéramos|hubierais|hubieran|hubiese|hubiesen|habría|habrías|habríamos|habríais|habrían";

    private const string CatalanAuxiliaries = "havia|havies|havíem|havíeu|havien|hagués|haguessis|haguéssim|haguéssiu|haguessin|hauria|hauries|hauríem|hauríeu|haurien";

    private static readonly HashSet<string> Auxiliaries = new(
        (FrenchAuxiliaries + "|" + SpanishAuxiliaries + "|" + CatalanAuxiliaries + "|had").Split('|'), StringComparer.Ordinal);

    /// <summary>Whether the word is an auxiliary of the pluperfect or the conditional perfect in French, Spanish, Catalan or English (« avait », « habría », "had").</summary>
    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word.ToLowerInvariant());


    private const string FrenchAdverbs = @"(?:\s+(?:pas|plus|jamais|déjà|toujours|encore|bien|alors|longtemps|même|ainsi|aussi|souvent|notamment|guère|presque|enfin|également|finalement|récemment|pourtant|jusque-là|effectivement|vraiment|tout))*";

    private static readonly Regex French = new(
        @"(?<![\p{L}])(?:(?<refl>[smt]['’]|(?:se|me|te|nous|vous)\s+))?(?<aux>" + FrenchAuxiliaries + @")"
        + FrenchAdverbs + @"\s+(?<part>\p{L}+)(?![\p{L}'’-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex FrenchParticiple = new(
        @"^(?:\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|(?:\p{L}*(?:fait|dit|crit|duit|truit|ert|eint|aint|oint|pris|mis|quis))(?:e|s|es)?|été|eu|pu|dû|su|vu|lu|bu|mort|morte|morts|mortes|né|née|nés|nées)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>Participles of the French verbs whose compound tenses take « être ».</summary>
    private static readonly Regex FrenchEtreVerb = new(
        @"^(?:rest|demeur|all|arriv|tomb|entr|rentr|retourn|mont|décéd|pass)(?:é|ée|és|ées)$|^\p{L}*venu(?:e|s|es)?$|^\p{L}*parti(?:e|s|es)?$|^\p{L}*sorti(?:e|s|es)?$|^mort(?:e|s|es)?$|^né(?:e|s|es)?$|^descendu(?:e|s|es)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly HashSet<string> FrenchNotParticiples = new(
        ["lieu", "peu", "feu", "jeu", "ici", "aussi", "lui", "celui", "qui", "parmi", "depuis", "puis", "plus", "tous", "nous", "vous", "sous", "fois", "mois", "pays", "dessus", "jusque", "ceci", "ainsi", "pourtant", "tout", "besoin", "été"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly Regex Spanish = new(
        @"(?<![\p{L}])(?<aux>" + SpanishAuxiliaries + @")(?:\s+(?:ya|siempre|nunca|también|jamás))?\s+(?<part>\p{L}+(?:ado|ido|ído)|\p{L}*(?:hecho|dicho|puesto|visto|escrito|vuelto|muerto|abierto|roto|cubierto|suelto|impreso|provisto))(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex Catalan = new(
        @"(?<![\p{L}])(?<aux>" + CatalanAuxiliaries + @")(?:\s+(?:ja|sempre|mai|també))?\s+(?<part>\p{L}(?:\p{L}|·(?=\p{L}))*(?:at|ada|ats|ades|it|ida|its|ides|ut|uda|uts|udes|ès|esa|esos|eses|ost|osta|olt|olta|ert|erta)|fet|dit|estat|vist|pres|escrit|mort|obert|cobert|tret|ofert|sofert|respost|promès|permès|admès|après|comès)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>
    /// What makes a pluperfect's anteriority matter: a word placing the event before a moment in view (« jusque-là »,
    /// « déjà », « depuis », « hasta entonces », « ya », « fins aleshores », « ja ») or a temporal clause (« lorsque »,
    /// « cuando », « quan »: when the others arrived, it had already happened; « avant (même) que / de », « antes de (que) »,
    /// « abans que »: it had happened before something else did). An elided cue (« lorsqu'une ») runs into its next word.
    /// </summary>
    private static readonly Regex AnteriorityCue = new(
        @"(?<![\p{L}])(?:(?:jusque-là|jusqu['’]alors|jusqu['’]ici|déjà|depuis|lorsque|quand|dès\s+que|après\s+que|avant\s+(?:même\s+)?que|antes\s+(?:incluso\s+)?(?:de\s+)?que|antes\s+(?:incluso\s+)?de|avant\s+(?:même\s+)?de|abans\s+(?:i\s+tot\s+)?que|abans\s+(?:i\s+tot\s+)?de|hasta\s+entonces|hasta\s+ahora|hasta\s+ese\s+momento|ya|desde|cuando|en\s+cuanto|fins\s+aleshores|fins\s+llavors|fins\s+ara|ja|des\s+de|quan|tan\s+bon\s+punt)(?![\p{L}])|(?:lorsqu|avant\s+(?:même\s+)?qu|avant\s+(?:même\s+)?d|abans\s+(?:i\s+tot\s+)?d)['’])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>Simple and compound past forms of French, Spanish and Catalan (to find an edition's verb).</summary>
    public static readonly Regex Past = new(
        @"(?<![\p{L}])(?:\p{L}{2,}(?:ó|ió|aron|ieron|yeron|amos|imos|aba|aban|ían|ait|aient|èrent|ava|aven)|fue|fueron|\p{L}*(?:uvo|uvieron)|\p{L}*(?:produj|reduj|conduj|traduj|introduj|deduj|predij|contradij|maldij|bendij)(?:o|eron)|\p{L}*(?:puso|pusieron|hizo|hicieron)|dijo|pudo|pudieron|quiso|quisieron|supo|supieron|hubo|trajo|trajeron|dio|dieron|vio|vieron|(?:va|van|vaig|vam|vau)\s+\p{L}(?:\p{L}|·(?=\p{L}))*(?:ar|er|ir|re)|(?:a|ont|est|sont|ai|avons|avez|sommes|êtes|ha|han|he|hem|hemos|habéis|heu)(?:\s+(?:déjà|ya|ja|jamais|toujours|aussi|également|enfin|finalement))?\s+\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ado|ido|at|ut))(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>
    /// French simple past forms the shared pattern leaves out: the third persons of the irregular verbs (« fit », « prit »,
    /// « vint ») and of the verbs in -er (« resta », « endommagea »), less the futures and the nouns in -a.
    /// </summary>
    private static readonly Regex FrenchSimplePast = new(
        @"(?<![\p{L}])(?:(?:fit|firent|prit|prirent|mit|mirent|vit|virent|fut|furent|eut|eurent|put|purent|dut|durent|sut|surent|vint|vinrent|tint|tinrent|devint|devinrent|survint|obtint|reprit|permit|promit|remit)|(?-i:\p{Ll}{3,}(?:a|ça|ea))(?<!(?:cinéma|agenda|opéra|villa|quota|formula|sauna|panorama|voilà|déjà|camera|mafia|pizza|extra|aura|sera|fera|dira|ira|pourra|voudra|devra|faudra|viendra|tiendra|saura|verra|prendra|mettra|rendra|sortira|partira|suivra|vivra|lira|écrira)))(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>The past verbs of a sentence in French, Spanish or Catalan (see <see cref="Past"/>), French simple pasts included.</summary>
    public static IEnumerable<Match> PastVerbs(string sentence, string language) =>
        LanguageTag.Primary(language) == "fr" ? Past.Matches(sentence).Concat(FrenchSimplePast.Matches(sentence)).OrderBy(m => m.Index) : Past.Matches(sentence);

    /// <summary>
    /// Whether the group's tense carries meaning the target language must keep: a conditional perfect always (an
    /// unreal or unconfirmed past); a pluperfect when its sentence places it before another moment (see
    /// <see cref="AnteriorityCue"/>). A lone pluperfect of remote past (« la grève avait privé de train 60 000
    /// voyageurs »), or one in reported speech, is often and rightly rendered by a simple past.
    /// </summary>
    public static bool Anchored(string sentence, CompoundTense group)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(group);
        return group.Kind == CompoundTenseKind.ConditionalPerfect || AnteriorityCue.IsMatch(sentence);
    }

    /// <summary>Whether the language's compound tenses are recognised.</summary>
    public static bool Supports(string language) =>
        LanguageTag.Primary(language) is "fr" or "es" or "ca";

    /// <summary>The compound-tense verb groups of a text, in order.</summary>
    public static IReadOnlyList<CompoundTense> Find(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = LanguageTag.Primary(language);
        var regex = primary switch
        {
            "fr" => French,
            "es" => Spanish,
            "ca" => Catalan,
            _ => null,
        };
        if (regex is null)
        {
            return [];
        }

        var result = new List<CompoundTense>();
        foreach (Match m in regex.Matches(text))
        {
            var aux = m.Groups["aux"].Value.ToLowerInvariant();
            var participle = m.Groups["part"].Value;
            if (primary == "fr" && !FrenchGroup(aux, participle, m.Groups["refl"].Success))
            {
                continue;
            }

            var conditional = aux.StartsWith("aur", StringComparison.Ordinal) || aux.StartsWith("ser", StringComparison.Ordinal)
                || aux.StartsWith("habr", StringComparison.Ordinal) || aux.StartsWith("haur", StringComparison.Ordinal);
            result.Add(new CompoundTense(m.Index, m.Length, m.Value, conditional ? CompoundTenseKind.ConditionalPerfect : CompoundTenseKind.Pluperfect));
        }

        return result;
    }

    private static bool FrenchGroup(string aux, string participle, bool reflexive)
    {
        if (FrenchNotParticiples.Contains(participle) && !(participle.Equals("été", StringComparison.OrdinalIgnoreCase) && aux.StartsWith("av", StringComparison.Ordinal)))
        {
            return false;
        }

        if (!FrenchParticiple.IsMatch(participle))
        {
            return false;
        }

        var etre = aux.StartsWith('é') || aux.StartsWith("ser", StringComparison.Ordinal);
        return !etre || reflexive || FrenchEtreVerb.IsMatch(participle);
    }
}

using static TranslationDiff.Analysis.Detection.CalquePatterns;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Calques of construction rather than of wording: the target language's grammar bent to the source's. An article
/// before a figure or a date, the preposition a year takes, a verb's complement, the speaker put after a reporting
/// verb. Each entry is a rule of the target language, so it holds whatever the topic; from general knowledge of
/// English, French, Spanish and Catalan usage in news copy.
/// </summary>
internal static class CalquesGrammar
{
    private const string SmallCount = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";

    private static readonly string[] AllButEnglish = ["fr", "es", "ca"];
    private static readonly string[] AllButFrench = ["en", "es", "ca"];
    private static readonly string[] AllButSpanish = ["en", "fr", "ca"];
    private static readonly string[] AllButCatalan = ["en", "fr", "es"];

    /// <summary>
    /// A speaker named, or introduced by "the" ("explained the mayor,"); not a title that runs into the name ("explains
    /// political scientist X", "explains the biologist Anne Ducasse"), which English news copy puts after the verb.
    /// </summary>
    private const string NamedSpeaker = @"(?= \p{Lu}| the (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+\b(?! \p{Lu}))";

    public static IReadOnlyList<CalqueEntry> Entries { get; } =
    [
        // English: the speaker after the verb, as Romance languages put it.
        E(AllButEnglish, "en", AfterSpeech + "(?:explained|explains|concludes|concluded|launched|reminds|reminded|recogni[sz]es|recogni[sz]ed|declared)" + NamedSpeaker, "explique-t-il / explicó el alcalde", "“said”, with the subject first (“the mayor said”)"),
        E(AllButEnglish, "en", AfterSpeech + "(?:said|says|explained|recalled|added|warned|stated|assured|insisted|stressed|noted|declared|affirmed) (?:yesterday|today|this (?:morning|afternoon|evening)|on \\p{Lu}\\p{Ll}+day)" + Speaker, "a rappelé hier X / recordó ayer X", "“X said yesterday”"),

        // English: articles, prepositions and order around dates and figures.
        E(AllButEnglish, "en", $@"\bthe \d{{1,2}} {Months}\b", "le 18 mars / el 18 de marzo", "“on 18 March”"),
        E(AllButEnglish, "en", $@"(?<!\bthe )\b\d{{1,2}} of {Months}\b", "27 de febrero / 27 de febrer", "“27 February”"),
        E(AllButEnglish, "en", $@"\b{Months} of \d{{4}}\b", "julio de 2019 / juliol del 2019", "“July 2019”"),
        E(AllButEnglish, "en", @"\b(?:the|an?) \d+(?:[.,]\d+)? ?(?:%|per ?cent)(?= *[,.;:)]| (?:of|in|and|more|less|than|between|from|to|on|at|for|by|compared)\b)", "le 40 % / un 30 % / el 15 %", "“40%” (no article)"),
        E(AllButEnglish, "en", @"\bthe (?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekends)\b", "els diumenges / les dimanches / los domingos", "“on Sundays”"),
        E(AllButEnglish, "en", $@"(?i)\b{SmallCount} (?:years?|months?|weeks?|days?) of delay\b", "un an de retard / un año de retraso", "“a year late” or “a year behind schedule”"),
        E(AllButEnglish, "en", @"(?i)\b(?:two|three|four|five|six|\d+) last (?:years|months|weeks|days|decades|seasons|editions)\b|\bmore than never\b", "les deux dernières années / más que nunca", "“the last two years”, “more than ever”"),
        E(AllButEnglish, "en", @"\b[Ll]ong of \d[\d.,]*", "long de 81 mètres / de 16 kilómetros de largo", "“81 metres long”"),

        // English: verbs that take an object before "to", or a gerund, given the Romance infinitive.
        E(AllButEnglish, "en", @"(?<!\b(?:is|are|was|were|be|been|being|not|feel|felt|get|got|getting|gets)\b )(?<!n't )\b(?:obliges?|obliged|allows?|allowed|enables?|enabled|forces?|forced|authori[sz]es?|authori[sz]ed) to (?!be\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b)\p{Ll}+", "permet de charger / obliga a cerrar", "an object (“allows operators to load”) or “makes it possible to”"),
        E(AllButEnglish, "en", @"(?<!\b(?:is|are|was|were|be|been|being)\b )\b(?:envisag|foresee|foresaw|consider|suggest|avoid|recommend|imagin|anticipat|deni|deny|admit(?!ted to)|exclud|finish|postpon|delay)(?:e|es|ed|ing|s|ted|ting)?\b to (?!be\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b|them\b|him\b|us\b)\p{Ll}+", "envisage de / prevé contratar", "“plans to”, or the verb with “-ing”"),

        // French: articles before figures and months, Spanish and Catalan dates and ages.
        E(AllButFrench, "fr", @"\b(?:le|du|au|un) \d+(?:[,.]\d+)? ?%", "el 40 % / un 15 %", "« 40 % » (no article)"),
        E(AllButFrench, "fr", @"\bchaque (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|\d+)\b", "cada ocho minutos", "« toutes les huit minutes »"),
        E(AllButFrench, "fr", @"\b[Ss]iècles? [IVXL]+\b", "siglo XVIII / segle XVIII", "« XVIIIe siècle »"),
        E(AllButFrench, "fr", @", de \d+ ans\b", "X, de 22 años,", "« X, 22 ans, »"),
        E(AllButFrench, "fr", $@"\b(?:l['’]été|l['’]automne|l['’]hiver|le printemps|{FrenchMonths}) de (?:19|20)\d\d\b", "el verano de 2027 / summer of 2027", "« l'été 2027 »"),
        E(AllButFrench, "fr", $@"\b(?:du|le|au|à partir du|depuis le) {FrenchMonths}\b", "desde el enero / del març vinent", "« depuis janvier », « en mars prochain »"),
        E(AllButFrench, "fr", @"\b(?:est|sont|était|étaient|sera|seront|serait|seraient) attendue?s? (?:à|de|pour) (?:se |s['’])?\p{Ll}+(?:er|ir|re)\b", "are expected to", "« devrait », « doivent »"),

        // French: verbs whose infinitive complement takes « de » or « à », or none but a gerund never; verbs that take no « que » clause.
        E(AllButFrench, "fr", @"\b(?:prévoi[st]?|prévoient|prévoyait|permet|permett(?:ent|ra|ront|rait|raient|ait|aient)|décid(?:e|ent|é|ait|era)|accept(?:e|ent|é|ait|era)|essa(?:ie|ient|yé|yait|yera)|envisag(?:e|ent|é|eait|era)|refus(?:e|ent|é|ait|era)|tent(?:e|ent|é|ait|era)|cess(?:e|ent|é|ait|era)|oubli(?:e|ent|é|ait)|prom(?:et|ettent|ettait)|menac(?:e|ent|é|ait)|crai(?:nt|gnent|gnait)|évit(?:e|ent|é|ait|era)|regrett(?:e|ent|é|ait)|risqu(?:e|ent|é|ait|era)|oblig(?:e|ent|é|ait|era)|invit(?:e|ent|é|ait|era)|cherch(?:e|ent|é|ait|era)|réussi[st]?|parvien(?:t|nent)|hésit(?:e|ent|é|ait)|continu(?:e|ent|é|ait|era)|commenc(?:e|ent|é|ait|era)) (?!(?:entre|contre|encore|notre|votre|hier|outre|autre|leur|leurs|premier|dernier|cher|super|fier)\b)\p{Ll}{3,}(?:er|ir|re)\b", "prevé contratar / permetran comparar", "« prévoit d'embaucher », « permettront de comparer »"),
        E(AllButFrench, "fr", @"\bcontinu(?:e|ent|ait|aient|era|eront|é) \p{Ll}{3,}ant\b", "sigue siendo / continua exportant", "« continue d'être », « continue à exporter »"),
        E(AllButFrench, "fr", @"\b(?:dénonc|défend|critiqu|valoris|lament|reproch)(?:é|e|ent|ait|aient|u) que\b", "denunció que / va defensar que", "« a dénoncé le fait que », « a affirmé que »"),

        // Spanish: Catalan dating, French comparison.
        E(AllButSpanish, "es", @"(?<!\bde )(?<!\b(?:acab|termin|cerr|empez|comenz|inici|despid)\w* )\bel (?:19|20)\d\d\b", "el 1992 (Catalan)", "«en 1992»"),
        E(AllButSpanish, "es", $@"\b(?:[Dd]esde|[Hh]asta|[Pp]ara) el {SpanishMonths}\b", "dès le janvier / des del gener", "«desde enero»"),
        E(AllButSpanish, "es", @"(?<!\bvotos )(?<!\bvoto )\bcontra (?:unos |unas |cerca de |casi |apenas |solo |sólo )?\d[\d.,]*", "contre 20 l'an dernier", "«frente a» or «en comparación con»"),

        // Catalan: Spanish dating and prepositions.
        E(AllButCatalan, "ca", @"\ben (?:1[89]|20)\d\d\b", "en 2022", "«el 2022» or «l'any 2022»"),
        E(AllButCatalan, "ca", @"\bde que\b", "de que (Spanish)", "«que» (Catalan drops «de» before «que»)"),
        E(AllButCatalan, "ca", $@"\bel passat {CatalanDaysAndMonths}\b", "el pasado martes", "«dimarts passat»"),
        E(AllButCatalan, "ca", @"(?<!\bvots )(?<!\bvot )\bcontra (?:uns |unes |prop de |gairebé |només )?(?:\d[\d.,]*|vint|trenta|quaranta|cinquanta)", "contre 36 600 / frente a", "«davant de» or «en comparació amb»"),

        // Dates and ages: the day-month link and the age apposition of the source language.
        E(AllButSpanish, "es", $@"\b\d{{1,2}} {SpanishMonths}\b", "18 février / 18 February", "«18 de febrero»"),
        E(AllButFrench, "fr", $@"\b\d{{1,2}} de {FrenchMonths}\b", "15 de julio / 15 de juliol", "« 15 juillet »"),
        E(["en", "fr"], "es", @"(?<=\p{Lu}\p{Ll}+), \d{1,3},", "Pradeep Sandhu, 54, / Lucas, 54 ans,", "«Pradeep Sandhu, de 54 años,»"),
        E(["fr"], "ca", @"(?<=\p{Lu}\p{Ll}+), \d{1,3} anys\b", "Lucas, 24 ans,", "«Lucas, de 24 anys,»"),
        E(["es", "ca"], "en", @"\bof \d{1,3} years\b(?! (?:of|in|ago|old|and)\b)", "de 19 años / de 19 anys", "“19-year-old” or “aged 19”"),

        // English: wording and order carried over from French, Spanish and Catalan (broad patterns last, so that a
        // longer entry above takes the span first: "according to the direction", "foresees to").
        E(Romance, "en", @"(?i)\bcontinu(?:es|ed|e|ing) being\b", "sigue siendo / continue d'être", "“remains” or “is still”"),
        E(Fr, "en", @"(?i)\bheads? of (?:the )?file\b", "chef de file", "“leader”"),
        A(Romance, "en", @"(?<!\bunder )\b[Tt]he direction\b(?! (?:of (?:travel|the wind|the (?:city|town|centre|center|coast|sea|river|border|airport|station))|in which|they|we)\b)", @"\bdirec(?:tion|ción|ció)\b", "la direction / la dirección", "“the management”"),
        A(Romance, "en", @"\bforesee(?:s|n)?\b(?= (?:\p{Ll}+ing\b|\d|the (?:construction|creation|installation|opening|closure|hiring|recruitment|investment|payment|demolition|renovation|extension|expansion|purchase|transfer|sale|use|arrival|deployment|reopening|building|planting|release)\b|an? (?:investment|budget|payment|fine|increase|reduction|cut|rise)\b))|\bforesaw\b(?= \p{Ll}+ing\b)", @"\bpr[ée]v(?:é|e|oit|oient|oyait|eu|euen|ia|ien|ist|u|ue|us|ues|isto|ista|istos|istas|eía|eían|én|ió|ieron)\b", "prévoit / prevé / preveu", "“plans”, “expects” or “provides for”"),
        E(Romance, "en", @"\b(?:heads|leads|runs|lives|trains|manages|directs|chairs|presides|teaches|owns|contest|contests|oppose|opposes|fight|fights|demand|demands|wait|waits|occupies|holds|plays|coaches|knows|studies|denounce|denounces|defend|defends) (?:\S+ ){0,4}?since (?:the|last|early|late|January|February|March|April|May|June|July|August|September|October|November|December|\d)", "dirige depuis 2016 / lleva desde 2016", "“has headed … since”"),
        E(Romance, "en", AfterSpeech + @"(?:regrets|regretted|explains|explained|insists|insisted|adds|added|warns|warned|says|said|assures|assured|continues|continued|concludes|concluded|admits|admitted|recalls|recalled|notes|noted|confides|confided|laments|lamented|sighs|sighed|points out|pointed out) (?:she|he|they)\b", "regrette-t-elle / lamenta ella", "“she said” (subject first)"),
        E(Romance, "en", AfterSpeech + @"(?:explained|explains|said|says|added|adds|declared|told) by (?:tele)?phone (?=\p{Lu})", "explicó por teléfono X", "“X said by phone”"),
        A(Romance, "en", @"\bassured(?: that\b|[,.])|\bassures? that\b|\b(?:he|she|they) assured\b(?! (?:them|him|her|us|me|the|a|an|its|their|his)\b)", @"\bas+egur\w+|\bassur\w+", "assure que / aseguró / va assegurar", "“said”, “insisted” or “gave assurances that”"),
        E(Romance, "en", @"(?i)\bthe (?:double|triple|quadruple) (?:than|of)\b", "el doble que / le triple de", "“twice as many as”, “three times as much as”"),
        A(["es", "ca"], "fr", @"(?i)\bmineurs de (?:\d+|moins de \d+) ans\b", @"\bmen(?:ores|ors) de\b", "menores de 16 años / menors de 16 anys", "« les moins de 16 ans »"),
        A(["es", "ca"], "fr", @"(?i)\bcompt(?:e|ent|ait|aient|era|eront) (?:aujourd['’]hui |désormais |déjà |encore |maintenant )?avec\b", @"\bcu?ent(?:a|an|aba|aban)? con\b|\bcompt(?:a|en|ava|aven) amb\b|\bconta(?:r|ba) con\b", "contar con / comptar amb", "« compter sur » or « disposer de »"),
        A(En, "fr", @"(?i)\brencontr\w* (?:\w+ |l['’])?(?:objectifs?|cibles?|normes?|critères)\b", @"\bmeet|\bmet\b", "meet a target", "« atteindre un objectif », « respecter les normes »"),

        // Dates, years and durations: a month before its year without the link Spanish and Catalan need, an article
        // before a bare year or month, the French « ça fait N ans que », an English "under" or "from here" count.
        E(AllButSpanish, "es", $@"\b{SpanishMonths} (?:19|20)\d\d\b", "March 2024 / mars 2024", "«marzo de 2024»"),
        E(AllButCatalan, "ca", $@"\b(?:gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre) (?:19|20)\d\d\b", "September 2027 / septiembre 2027", "« setembre del 2027 »"),
        E(AllButFrench, "fr", @"\b(?:[Ll]e|[Dd]u|[Aa]u) (?:1[89]|20)\d\d\b", "el 1987 / el 2027", "« en 1987 », « de 2027 »"),
        E(AllButSpanish, "es", $@"\b(?:[Ee]l|del|al) {SpanishMonths}\b", "el setembre / le septembre prochain", "«en septiembre», «desde septiembre»"),
        E(AllButSpanish, "es", @"\bbajo (?:los |las )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta)\b(?! (?:grados|cero)\b)", "under 16 / sous trois mois", "«menores de 16», «en menos de tres meses»"),
        E(AllButSpanish, "es", $@"\btan pronto como (?:el |en |a )?(?:\d|{SpanishMonths})", "as early as April", "«ya en abril»"),
        E(AllButSpanish, "es", @"(?<!\blo )\b[Ll]arg[ao]s? de \d", "long de 16 kilomètres / 16 kilometres long", "«de 16 kilómetros de largo»"),
        E(AllButCatalan, "ca", @"(?<!\b(?:més|menys|tan) )\b[Ll]larga? de \d", "long de 8 kilomètres / 8 kilometres long", "« de 8 quilòmetres de llargada »"),
        E(AllButEnglish, "en", @"(?i)\b(?:it's|it is|it has been|it was|it had been|that's|that makes|it makes) " + Count + " " + TimeUnits + @" that\b", "ça fait quinze ans que / hace quince años que", "“for fifteen years”, with the present perfect"),
        E(AllButEnglish, "en", @"(?i)\bfrom here (?:to |until )?(?:\d|two|three|four|five|six|ten|fifteen|the end|end|summer|next)", "d'ici cinq ans / de aquí a cinco años", "“within five years”, “by the end of”"),
        E(AllButEnglish, "en", @"\bthe (?:1[89]|20)\d\d(?! (?:and|to|-) (?:1[89]|20)\d\d)(?=[,.;:)]| (?:and|in|of|to|when|after|before|until|the|a|was|were|had|has)\b)", "en 1962 / el 1962", "“in 1962” (no article)"),
        E(AllButEnglish, "en", $@"\bthe {Days} \d{{1,2}}\b", "le lundi 14 septembre / el lunes 14 de septiembre", "“on Monday 14 September”"),
        E(AllButEnglish, "en", @"\b(?:is|was|were|are|will be|has been) of (?:\d|around|about|some|nearly|almost|barely|just|only|over|more than|less than)", "fue del 62 % / était de 62 %", "“was 62%”"),
        E(AllButEnglish, "en", @"\b(?:million|billion) of (?:passengers|people|visitors|inhabitants|residents|tourists|travellers|travelers|users|customers|households|subscribers|vehicles|animals|birds|trees)\b", "1,1 millions de passagers / 1,1 millones de pasajeros", "“1.1 million passengers”"),

        // Set phrases carried over word for word.
        E(["fr"], "es", @"\bdaños e intereses\b", "dommages et intérêts", "«daños y perjuicios» or «una indemnización»"),
        E(["fr"], "ca", @"\bdanys i interessos\b", "dommages et intérêts", "« danys i perjudicis » or « una indemnització »"),
        E(AllButSpanish, "es", @"\besper(?:ar|a|an|aba|aban|ando|ado|ó|aron|é|amos) por\b", "wait for / esperar per", "«esperar», with a direct object («esperando tratamiento»)"),
        E(["ca"], "es", @"\b[Tt]odo y que\b", "tot i que", "«aunque» or «a pesar de que»"),
        E(AllButFrench, "fr", @"\bcompar[ée]e?s? avec\b", "compared with / comparado con", "« par rapport à » or « comparé à »"),
        E(AllButSpanish, "es", @"\bcomparad[oa]s? con\b", "compared with", "«frente a» or «en comparación con»"),
        E(AllButCatalan, "ca", @"\bcomparad?[ta]?s? amb\b", "compared with", "« en comparació amb » or « respecte a »"),
        E(AllButEnglish, "en", @"\b(?:[Tt]he|[Ss]everal|[Mm]any|[Ss]ome|[Ll]ocal|[Tt]hese|[Tt]hose|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+) elected\b(?! (?:officials?|representatives?|members?|mayors?|presidents?|leaders?|councillors?|on|in|as|by|to|for|with|last|this|unopposed|government|body|bodies|assembly|chamber|MPs?|deputies|senators)\b)", "les élus / los electos", "“councillors” or “elected officials”"),
        E(AllButEnglish, "en", @"\bin press conference\b", "en conférence de presse / en rueda de prensa", "“at a press conference”"),
        E(AllButEnglish, "en", @"\b[Cc]ouncil(?:lor|woman|man) of " + CalquePatterns.Portfolios, "la conseillère à l'Environnement / la concejala de Medio Ambiente", "“the councillor for the environment”"),
        E(AllButEnglish, "en", @"\bon (?:its|their|the|his|her|our) web\b(?! ?(?:site|page|portal))", "sur son site / en su web", "“on its website”"),

        // Tense, negation and word order carried over, and a few set phrases.
        E(AllButEnglish, "en", $@"\b(?:is|are|am|was|were)\s+\p{{Ll}}+ing\s+since\s+(?:{Months}|\d{{4}}|last\b|the (?:start|beginning|end)\b)", "funcionan desde septiembre / fonctionnent depuis septembre", "the present perfect: “have been running since September”"),
        E(AllButEnglish, "en", @"(?i)\buntil here\b", "jusqu'ici / hasta aquí", "“until now” or “so far”"),
        E(AllButEnglish, "en", @"(?i)\b(?:solution|answer|future|way out|recovery|exit|key|remedy)\s+(?:passes|passed|pass|goes|went) (?:by|through)\b", "la solution passe par / la solución pasa por", "“the answer lies in” or “depends on”"),
        E(AllButEnglish, "en", @"(?i)\bhalf-time (?:contract|job|post|position|work|basis)\b", "contrato de media jornada / contrat à mi-temps", "“part-time contract”"),
        E(AllButEnglish, "en", @"(?i)\b(?:do|does|did) not discard\b|\b(?:don't|doesn't|didn't) discard\b", "no descartan / n'écartent pas", "“do not rule out”"),
        E(AllButFrench, "fr", @"\binsist(?:e|ent|é|ait|aient|era) que\b", "insisted that / insistió en que", "« a insisté sur le fait que » or « a souligné que »"),
        E(AllButFrench, "fr", @"(?<=[»”""],? )(?:il|elle|ils|elles) (?:a|ont|avait|avaient) (?:dit|ajouté|expliqué|déclaré|affirmé|précisé|insisté|répondu)\b", "”, he said / », va dir", "the inverted subject: « a-t-il dit », « a-t-elle ajouté »"),
        E(AllButFrench, "fr", @"(?<=\b(?:mett\w*|mise?s?|met)\b(?:\s+[\w'’]+){0,5}?\s+)à risque\b|(?<=\b(?:est|sont|était|étaient|sera|seront|serait|seraient|être)\s+(?:\w+\s+)?)à risque\b", "at risk / en riesgo", "« en danger », « menacé »"),
        E(AllButFrench, "fr", @"(?<=\bco[uû]t\w*[^.;]{0,40}?)\bà opérer\b|\bopér(?:er|é|ée|ait|aient|e|ent|era) (?:une|la|cette|des|les|ses|leur) (?:route|ligne|liaison|traversée|service|vol)s?\b", "to operate a route", "« exploiter une ligne », « à exploiter »"),
        E(AllButSpanish, "es", @"\b(?:[Nn]unca|[Nn]adie|[Nn]inguno|[Nn]inguna|[Jj]amás|[Tt]ampoco) no\b", "mai no havia vist / personne n'est", "the negative word alone before the verb: «nunca había visto», «nadie está»"),
        E(AllButSpanish, "es", @"\ben orden a \p{Ll}+(?:ar|er|ir)\b", "in order to explain", "«para explicar»"),
        E(AllButSpanish, "es", @"(?i)\bparques? de coches\b", "car park", "«aparcamiento»"),
        E(AllButCatalan, "ca", @"(?<!\b[Nn]['’])\bhi (?:ha|hauria|haurà|havia|haurien) que\b", "habría que", "« caldria », « caldrà »"),
        E(AllButCatalan, "ca", @"\bsegu(?:eix|eixen|ia|ien|irà) sent\b", "sigue siendo", "« continua sent » or « encara és »"),
        E(AllButCatalan, "ca", @"\bjunt (?:al|a la|a les|als|a)\b", "junto al / junto a", "« al costat de », « prop de »"),
        E(AllButCatalan, "ca", @"\b(?:ha|han|havia|havien) encara (?:de )?\p{Ll}+\b", "n'a pas encore donné / has yet to grant", "« encara no ha donat »"),
        E(AllButCatalan, "ca", @"\bsobre (?:\d+|dos|tres|quatre|cinc|deu) anys\b", "sur trois ans / sobre tres años", "« en tres anys »"),
        E(AllButCatalan, "ca", @"\b[Qq]uant a (?:ells|elles|ell|ella)\b", "quant à elles", "« elles, per la seva banda, »"),

        // Round 65: constructions of the source carried over (order of "last", a count before "more", "double … than", verbs
        // of saying with "that" or a bare object), English set phrases word for word, and Spanish and French forms of the source's pattern.
        E(AllButEnglish, "en", $@"\b(?:the|these|those|its|their|our|his|her) {Count} last (?:years|months|weeks|days|decades|seasons|centuries|hours)\b", "ces dix dernières années / los dos últimos años", "“the last ten years”"),
        E(AllButEnglish, "en", $@"\b{Count} (?:years|months|weeks|days|hours|minutes|seasons|editions|kilometres|metres) more\b", "tres anys més / trois ans de plus", "“three more years”"),
        E(AllButEnglish, "en", @"\bdouble (?:the |of )?(?:\w+ ){0,2}than\b", "el doble de sol·licituds que / le double de … que", "“twice as many … as”"),
        E(AllButEnglish, "en", @"\bdefend(?:s|ed|ing)? that\b", "va defensar que / defendió que", "“argued that”, “maintained that”"),
        E(AllButEnglish, "en", @"\b(?:explain|explains|explained|explaining) (?:us|me|them|him|her)\b", "ens explica / nous explique", "“explains to us”, or “tells us”"),
        E(AllButEnglish, "en", @"\brecommend(?:s|ed|ing)?(?: however| also| instead)? to (?!be\b|do\b|have\b)(?:the |all |its |their )?\p{Ll}+s\b", "recommande aux consommateurs de / recomienda a los viajeros", "“advises consumers to” or “recommends that consumers …”"),
        E(AllButEnglish, "en", @"\bcomplementary (?:analys[ie]s|tests|checks|studies|examinations|inquiries)\b", "analyses complémentaires / pruebas complementarias", "“further tests”"),
        E(AllButEnglish, "en", @"\bextraordinary assembly\b", "assemblée extraordinaire / asamblea extraordinaria", "“special (general) meeting”"),
        E(AllButEnglish, "en", @"\b[Bb]rotherhoods? of (?:[Ff]ishermen|[Ff]ishers|[Ss]ailors|[Ss]eamen)\b", "cofradía de pescadores / confraria de pescadors", "“fishermen's association” (or the name as written)"),
        E(AllButSpanish, "es", @"\bhacer (?:más )?espacio (?:para|a)\b", "make room for", "«hacer sitio a», «dejar paso a»"),
        E(AllButSpanish, "es", @"\btrabajos de ingenier[ií]a\b", "engineering works", "«obras»"),
        E(AllButSpanish, "es", @"\b(?:autob[uú]s(?:es)?|bus(?:es)?) de reemplazo\b", "replacement buses", "«autobuses de sustitución», «servicio alternativo por carretera»"),
        E(AllButSpanish, "es", @"\bdisrupci[oó]n(?:es)?\b", "disruption", "«alteraciones», «interrupciones», «problemas»"),
        E(AllButSpanish, "es", @"\b[Ee]n (?:los )?(?:lunes|martes|miércoles|jueves|viernes|sábados|domingos)\b", "on Sundays", "«los domingos»"),
        E(AllButSpanish, "es", $@"\bfin {SpanishMonths}\b", "fin mai", "«a finales de mayo»"),
        E(AllButSpanish, "es", @"[,»”] (?:dice|dijo|explica|explicó|añade|añadió|asegura|aseguró|afirma|afirmó|cuenta|contó|precisa|precisó|resume|resumió) (?:él|ella)\b", "», dit-il / ”, he says", "«», dice», without the pronoun"),
        E(AllButSpanish, "es", @"\bpor nuestros cuidados\b", "par nos soins", "«por este diario», or nothing"),
        E(AllButSpanish, "es", @"\b[Dd]e aquí allá\b", "d'ici là", "«hasta entonces», «mientras tanto»"),
        E(AllButSpanish, "es", @"\breproch\w+ (?:\w+ )?de (?:haber|no|ser|tener)\b", "lui reprochent d'avoir", "«le reprochan haber …», without «de»"),
        E(AllButCatalan, "ca", @"\b(?:tenir|tinc|tens|té|tenim|teniu|tenen|tenia|tenien|tindrà|tindran|tingut) que \p{Ll}+(?:ar|er|ir|re)\b", "tener que / have to", "« haver de »: « hem de fer »"),
        E(AllButCatalan, "ca", @"\b(?:aixec\w*|alç\w*) (?:\w+ )?preocupacions\b", "raised concerns", "« han expressat la seva preocupació »"),
        E(AllButCatalan, "ca", @"\bacci(?:ó|ons) industrial(?:s)?\b", "industrial action", "« vaga », « mobilitzacions »"),
        E(AllButFrench, "fr", $@"\ble prochain \d{{1,2}}(?:er)? {FrenchMonths}\b", "el próximo 31 de diciembre", "« le 31 décembre prochain »"),
        E(AllButFrench, "fr", @"\bselon (?:a|ont|l'a|l'ont|l’a|l’ont) \p{Ll}+é\b", "según ha confirmado", "« comme l'a confirmé » or « selon … »"),
        E(AllButFrench, "fr", @"\bautour des \d", "en torno a los 3,2 millones", "« environ 3,2 millions », « quelque »"),
        E(AllButFrench, "fr", @"\bde immédiat\b", "de inmediato", "« immédiatement », « dans l'immédiat »"),
        E(AllButFrench, "fr", @"\bs['’]ass(?:oi|ie|oy|e)\w* (?:à|pour) (?:négocier|discuter|dialoguer|parler)\b", "sentarse a negociar", "« se mettre autour de la table », « entamer des négociations »"),
        E(AllButFrench, "fr", @"\br[ée]dui\w* (?:\w+ )?à la moitié\b", "reducir a la mitad", "« réduire de moitié »"),
        E(AllButFrench, "fr", @"\bde que\b", "advierte de que", "« avertit que »"),
        E(AllButFrench, "fr", @"\bdans (?:plusieurs|divers|certains|quelques|de nombreux) points\b", "en varios puntos", "« à plusieurs endroits », « en plusieurs points »"),
        E(AllButFrench, "fr", @"\bpass(?:e|era|eront|ent|ait|aient|é|er) à (?:dépendre|être|avoir|compter|faire partie)\b", "pasará a depender", "« dépendra désormais de »"),
        E(AllButFrench, "fr", @"\bautonomiques?\b", "frontera autonómica", "« régional », « de la communauté autonome »"),

        // Round 103: constructions of the Romance editions bent into English that the blind78-81 sets showed.
        E(Romance, "en", @"\b[Dd]uring (?:decades|centuries|years|months)\b(?! (?:of|when|in which|that)\b)", "durant des décennies / durante décadas", "“for decades”"),
        E(Romance, "en", @"(?i)\bmakes? (?:more than |almost |nearly |about |some |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a few|several|many) (?:years|months|weeks|days|decades)\b", "hace treinta años / fa trenta anys", "“for thirty years” or “thirty years ago”"),
        E(Romance, "en", @"(?i)\b(?:two|three|four|five|ten|\d+) times (?:less|fewer)\b", "deux fois moins / dos veces menos", "“half as …” or “a third of …”"),
        E(Romance, "en", @"(?<=\b(?:in|since|from|until|of|during|before|after|inscribed|listed|founded|built|opened|closed|created|declared) )the (?:1[89]|20)\d\d(?=[,.;:)]| (?:on|in|to|when|with|by|as)\b)(?! and| to (?:1[89]|20)\d\d)", "el 2018 / l'any 2018", "“in 2018” (no article before a year)"),
        E(Romance, "en", @"\b(?:began|begins|started|starts|opened|opens|finished|finishes|ended|ends|closed|closes|since|until) the " + "(?:January|February|March|April|May|June|July|August|September|October|November|December)" + @"(?! \d)(?=[,.;:)]| (?:with|and|to|in|on|at|by)\b)", "comenzó el febrero / va començar el febrer", "“in February” (no article before a month)"),
        E(Romance, "en", @"(?:^|(?<=[.!?] ))Also (?!known\b)\p{Ll}{3,}s the\b", "También preocupa el vertedero", "“The landfill is also a worry” (subject first)"),
        E(Romance, "en", @"(?i)\bremind(?:s|ed)? that\b", "rappeler que / recordar que", "“recalled that” or “pointed out that”"),
        E(Romance, "en", @"\bgroups (?:some |about |around |more than |nearly |almost )?\d[\d,]* (?:members|partners|farmers|growers|companies|firms|associations|producers|businesses|families|cooperatives|co-operatives)\b", "agrupa 130 socios / regroupe 130 membres", "“has 130 members” or “brings together 130 growers”"),
        E(Romance, "en", @"\bstudies to (?!become\b|be\b|pass\b|qualify\b|improve\b)\p{Ll}+", "estudia utilizar / étudie d'utiliser", "“is considering using”"),
        E(Romance, "en", @"\b(?:exceed|exceeds|exceeded|surpass|surpasses|surpassed|reach|reaches|reached) the \d+(?:[,.]\d+)*(?=[,.;:)”""]|$| (?:in|on|this|last|by|and)\b)", "supero los 1.100 / dépasse les 1 100", "“exceed 1,100” (no article)"),
        E(Romance, "en", @"(?:^|(?<=[.!?] ))In cause\b", "En cause", "“The causes are” or “Behind it are”"),
        E(Romance, "en", @"(?i)\bthe big distribution\b", "la grande distribution", "“supermarkets” or “large retailers”"),
        E(Romance, "en", @"(?i)\bdo(?:es)? not count (?:to )?(?:abandon|stop|leave|give up|sell|close|retire|change|return|go)\b", "ne compte pas abandonner / no cuenta abandonar", "“has no intention of giving up”"),
        E(Romance, "en", @"\bblack (?:years|year|months|decade)\b", "années noires / años negros", "“dark years” or “bad years”"),
        E(Romance, "en", @"\b(?:with which|from which|in which|where|how) (?:is|are|was|were) (?!\p{Ll}+ (?:by|to|in|into|at)\b)\p{Ll}{4,}(?:ed|en) the\b", "con el que se elabora la horchata", "“from which horchata is made” (subject before the verb)"),
        E(Romance, "en", @"\b(?:is|are|was|were) destined to the\b", "se destina a la / est destiné à la", "“goes to” or “is used for”"),

        // Round 112: constructions the blind86-95 sets showed.
        E(Romance, "en", @"\beach time (?:more|less|fewer|shorter|longer|higher|lower|bigger|smaller|greater|better|worse|harder|easier|faster|slower|cheaper|stronger|weaker|older|younger|larger|wider|scarcer|rarer|busier|emptier)\b", "cada vez más corto / chaque fois plus court", "“ever shorter”, “shorter and shorter”"),
        E(Romance, "en", @"(?<!\b[Ff]or )\b[Tt]he most part of\b", "la mayor parte de / la plupart de", "“most of”"),
        E(Romance, "en", @"\bdepend(?:s|ed|ing)? (?:(?:directly|indirectly|entirely|largely|mainly|partly|heavily|also|only|or|and) ){0,4}of\b", "dépendre de / depender de", "“depend on”"),
        E(Romance, "en", @"\b[Aa]n own \p{Ll}+", "un proveedor propio / un fournisseur propre", "“its own supplier”"),
        E(Romance, "en", @"\bin full (?:\p{Ll}+ )?(?:campaign|season|harvest)\b", "en plena campaña / en pleine saison", "“at the height of the season”"),
        E(Romance, "en", @"\b[Tt]he ecologist (?:councillor|mayor|deputy|group|party|candidate|MP|MEP|senator)s?\b", "el regidor ecologista / l'élu écologiste", "“the Green councillor”"),
        E(Romance, "en", @"\bsince there (?:are|were|is|was) records\b", "desde que hay registros / depuis qu'il y a des relevés", "“since records began”"),
    ];
}

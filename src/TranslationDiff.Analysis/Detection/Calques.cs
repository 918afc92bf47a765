using static TranslationDiff.Analysis.Detection.CalquePatterns;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The default list of calques and false friends, written from general knowledge of translationese in news
/// copy (not from any one article). Patterns are case-sensitive unless they start with (?i); "Start" anchors a
/// phrase at the start of a sentence. The first entries are the original list; the family lists follow
/// (<see cref="CalquesReporting"/>, <see cref="CalquesInstitutions"/>, <see cref="CalquesEvents"/>,
/// <see cref="CalquesIntoRomance"/>, <see cref="CalquesGrammar"/>); where two entries match overlapping text the earlier one is reported.
/// </summary>
internal static class Calques
{
    private static IReadOnlyList<CalqueEntry> Core { get; } =
    [
        // Into English.
        E(Fr, "en", AfterQuoteOrComma + @"assure[sd]?(?= (?:the )?\p{Lu})", "assure", "“says” or “vowed”"),
        // "recalls" is English where it means remembers: the sentence tells a past event ("That concert, recalls the violinist, ended with…").
        E(Romance, "en", AfterQuoteOrComma + @"(?<!\b(?:was|were|had|did|\p{Ll}{3,}ed)\b[^.!?]*)recalls(?= (?:the )?\p{Lu})(?![^.!?]*\b(?:was|were|had|did|\p{Ll}{3,}ed)\b)", "rappelle / recuerda", "“says”, “adds”, “notes” or “recalled”, with the subject first"),
        E(Romance, "en", AfterQuoteOrComma + "(?:continues|specifies|underlines|estimates|affirms|deplores|indicates|judges|details|insists|nuances|tempers|concedes|confides|hammers|regrets|slips|launches|tells)" + Speaker, "rappelle, poursuit, précise / recuerda, prosigue, lamenta", "“says”, “adds”, “notes” or “recalled”, with the subject first"),
        E(Fr, "en", Start + @"Enough to \p{Ll}+", "de quoi (faire)…", "a full sentence (“That was enough to…”, “Words that made…”)"),
        E(Romance, "en", $@"\bthis {Days},? (?:{Months}(?: \d{{1,2}}(?:st|nd|rd|th)?\b)?|\d{{1,2}}(?:st|nd|rd|th)?\b)", "ce vendredi 1er novembre / este viernes 1 de noviembre", "“on Friday, November 1”"),
        E(Romance, "en", @"(?i)\bhead of (?:the )?diplomacy\b", "chef de la diplomatie / jefe de la diplomacia", "“foreign minister” or “top diplomat”"),
        E(Fr, "en", @"(?i)\blook(?:s|ed|ing)? elsewhere\b(?! for)", "regarder ailleurs", "“look the other way”"),
        E(Romance, "en", Start + "(?:Note that|To note(?: that|,)|Let us note that|It fits to (?:remember|recall|note)(?: that)?)", "à noter que / cabe recordar que", "nothing, or “Meanwhile,” / “It is worth recalling that”"),
        E(Romance, "en", @"(?i)\bin the framework of\b", "dans le cadre de / en el marco de", "“as part of” or “under”"),
        E(Romance, "en", @"(?i)\bat the level of\b", "au niveau de / a nivel de", "“at”, “in” or “among”"),
        E(Romance, "en", @"(?i)\bsince (?:(?:almost|nearly|about|around|some|more than|over|at least|close to|barely|only|just) )?(?:several|many|a few|some|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|a hundred|\d+) (?:years|months|weeks|days|hours|decades|centuries)\b", "depuis (près de) N ans / desde hace (casi) N años", "“for (almost) N years”"),
        E(Fr, "en", @"(?i)\bassist(?:s|ed|ing)? at\b", "assister à", "“attend”"),
        E(Es, "en", @"(?i)\bassist(?:s|ed|ing)? to the\b", "asistir a", "“attend”"),
        E(Romance, "en", @"(?i)\ban? important (?:sum|number|amount|quantity|increase|rise|fall|drop|part|share|proportion)\b", "une somme importante / un número importante", "“large”, “considerable” or “significant”"),
        E(Romance, "en", @"(?i)\bthe actual (?:president|government|minister|mayor|director|head|situation|crisis|rules|law|leader|coach|champion|holder|owner|team)\b", "actuel / actual", "“current”"),
        E(Fr, "en", @"(?i)\bthe precedent (?:year|week|month|day|government|record|season|edition|one)\b", "précédent", "“previous”"),
        E(Romance, "en", @"(?i)\bin full (?:crisis|growth|campaign|negotiations?|preparations?|storm|summer|winter|season|war|pandemic|heatwave|debate)\b", "en pleine crise / en plena crisis", "“in the middle of” or “at the height of”"),
        E(Fr, "en", @"(?i)\baged of\b", "âgé de", "“aged”"),
        E(Fr, "en", @"(?i)\bit acts of\b", "il s'agit de", "“it is”"),
        E(Romance, "en", @"(?i)\b(?:makes?|made|making|is|was|are|were|been|be) (?:the )?object of (?:an?|the|several|many|numerous|\d+)\b", "faire l'objet de / ser objeto de", "“is under…” or “faces…”"),
        E(Romance, "en", @"(?i)\b(?:is|was|been|be|fell) victim of\b", "être victime de / ser víctima de", "“was the victim of” or “fell victim to”"),
        E(Romance, "en", @"(?i)\ba (?:hundred|thousand|dozen|ten|twenty|fifteen) of (?!the\b|them\b|us\b|those\b|these\b|its\b|their\b|his\b|her\b)", "une centaine de / una decena de", "“about a hundred”, “a dozen”"),
        E(Romance, "en", @"(?i)\bthe (?:ensemble|totality) of\b", "l'ensemble de / la totalidad de", "“all”"),
        E(Romance, "en", @"(?i)\bof proximity\b", "de proximité / de proximidad", "“local”"),
        E(Romance, "en", @"(?i)\b(?:at|by|on|for|in) the horizon(?: of)? \d{4}\b", "à l'horizon 2030 / en el horizonte de 2030", "“by 2030”"),
        E(Romance, "en", @"(?i)\breali[sz](?:e|es|ed|ing) (?:a|an|the|his|her|their|its) (?:film|documentary|study|survey|interview|investment|operation|inspection|meeting|visit|tests?|analysis|autopsy|transfer|concert|tour|intervention|exhibition)\b", "réaliser / realizar", "“make”, “carry out” or “hold”"),
        E(Es, "en", @"(?i)\bcelebrat(?:e|es|ed|ing) (?:a|an|the|its|their) (?:\p{Ll}+ )?(?:meeting|session|summit|elections?|referendum|debate|congress|hearing|trial|plenary|assembly|conference)\b", "celebrar una reunión", "“hold”"),
        E(Es, "en", @"(?i)\bcount(?:s|ed|ing)? with\b", "contar con / comptar amb", "“have”"),
        E(Es, "en", @"(?i)\b(?:rose|fell|grew|increased|decreased|dropped|climbed|declined|rises|falls|grows|increases|decreases|drops|climbs|declines|rise|fall|grow|increase|decrease|drop|climb|decline) (?:by )?an? \d+(?:[.,]\d+)? ?(?:%|per ?cent|percent)", "subir un 20 % / pujar un 20 %", "“rose (by) 20%”"),
        E(Fr, "en", @"(?i)\b(?:increased|decreased|rose|fell|grew|dropped|climbed|declined) of \d", "augmenter de 20 %", "“rose (by) 20%”"),
        E(Es, "en", @"(?i)\bput(?:s|ting)? (?:it |them )?in march\b", "poner en marcha / posar en marxa", "“launch” or “start”"),
        E(Es, "en", $@"\bthe past {Days}\b|\bthe past {Months}\b", "el pasado lunes / el passat dilluns", "“last Monday”"),
        E(Es, "en", @"(?i)\bthe major part of\b", "la mayor parte de", "“most of”"),
        E(Es, "en", @"(?i)\b(?:in|on) base (?:to|of)\b", "en base a", "“based on”"),
        E(Romance, "en", @"(?i)\bin relation with\b", "en relation avec / en relación con", "“in relation to” or “about”"),
        E(Es, "en", @"(?i)\bthe day of (?:yesterday|today|tomorrow)\b", "el día de ayer", "“yesterday”"),
        E(Es, "en", @"(?i)\bthis medium\b", "este medio", "“this newspaper”"),
        E(Romance, "en", @"(?i)\bsustain(?:s|ed|ing)? that\b", "soutenir que / sostener que", "“maintain that”"),
        E(Romance, "en", @"(?i)\bit is foreseen that\b|\b(?:is|are|was|were) foreseen (?:for|to|in|on)\b", "il est prévu / está previsto", "“is scheduled” or “is expected”"),
        E(Romance, "en", @"(?i)\bin a first (?:moment|time)\b", "dans un premier temps / en un primer momento", "“at first”"),
        E(Es, "en", @"(?i)\bto the long of\b", "a lo largo de", "“throughout” or “along”"),
        E(Romance, "en", @"(?i)\bin the measure (?:that|where|in which)\b", "dans la mesure où / en la medida en que", "“insofar as”"),
        E(Romance, "en", @"(?i)\bthe responsibles\b|\b(?:local|regional|political|municipal|company|union|party|government) responsibles\b", "les responsables / los responsables", "“officials” or “those responsible”"),
        E(Fr, "en", @"(?i)\binterpellated\b", "interpellé", "“detained” or “arrested”"),
        E(Fr, "en", @"(?i)\bagglomeration\b", "agglomération", "“urban area” or “metropolitan area”"),
        E(Romance, "en", @"(?i)\ba manifestation\b|\bmanifestations? (?:against|in support of|in front of|for)\b|\bmanifestants?\b", "manifestation / manifestación", "“demonstration” or “protest”"),
        E(Romance, "en", @"(?i)\bsensible (?:issue|subject|topic|question|matter|area|zone|data|dossier|file|case)s?\b", "sensible", "“sensitive”"),
        E(Fr, "en", @"(?i)\b(?:the )?(?:putting|setting) in place of\b", "la mise en place de", "“the introduction of” or “setting up”"),
        E(Romance, "en", @"(?i)\b(?:a|the) formations? (?:for|in|course|courses|programme|program|centre|center|sessions?)\b", "formation / formación", "“training”"),
        E(Romance, "en", @"(?i)\bevok(?:e|es|ed|ing) (?:the |a |an )?(?:possibility|hypothesis|idea|option|need|subject|question|issue|case|prospect|risk)\b", "évoquer / evocar", "“mention” or “raise”"),
        E(Fr, "en", $@"\b{Days} last\b", "lundi dernier", "“last Monday”"),
        E(Romance, "en", @"(?i)\bin (?:the )?(?:front|face) of (?:this|these|such|that|those) (?:situation|crisis|threat|problem|challenge|criticism|pressure|offensive|attack|rapprochement)s?\b", "face à / ante / davant", "“faced with”"),
        E(Fr, "en", @"\b(?:the|The) Hexagon\b", "l'Hexagone", "“France”"),
        E(Romance, "en", @"(?i)\b(?:declared|explained|affirmed|assured|indicated|stated) to (?:this |the )?(?:newspaper|paper|medium|daily|media|channel|radio|agency|press|AFP|Reuters|EFE)\b", "a déclaré à l'AFP / declaró a este diario", "“told”"),
        E(Es, "en", @"(?i)\b(?:give|gives|gave|giving|given) (?:a|the|an) (?:\p{L}+ )?step\b", "dar un paso / fer un pas", "“take a step”"),
        E(Romance, "en", @"(?i)\bproceed(?:ed|s|ing)? to the (?:arrest|detention|evacuation|closure|opening|signing|dismissal|appointment|seizure) of\b", "procéder à l'arrestation de / proceder a la detención de", "the verb itself: “arrested”, “evacuated”"),

        // Into French, Spanish and Catalan, from English.
        E(["en"], "fr", @"(?i)\b(?:faire|fait|faisait|font) du sens\b", "make sense", "« avoir du sens » or « être logique »"),
        E(["en"], "fr", @"(?i)\b(?:prendre|prend|prendra|prendront|prenait|a pris|ont pris|avait pris|avaient pris|aura pris|aurait pris) place\b(?! (?:à|au|aux|dans|sur|autour|parmi|derrière|devant|face)\b)", "take place", "« avoir lieu »"),
        E(["en"], "fr", @"(?i)\badress(?:er|é|ée|és|ées|ant|e|ent) (?:le|la|les|ce|cette|ces) (?:problèmes?|questions?|défis?|enjeux?|préoccupations?)\b", "address the issue", "« traiter », « s'attaquer à »"),
        E(["en"], "fr", @"(?i)\bréalis(?:é|er|ait|e|ent) que\b", "realise that", "« se rendre compte que »"),
        E(["en"], "fr", @"(?i)\bdélivr(?:er|é|e|ait) (?:un|une|le|la|son|sa) (?:discours|message|allocution)\b", "deliver a speech", "« prononcer un discours »"),
        E(["en"], "es", @"(?i)\b(?:hace|hacen|hizo|hacía) sentido\b", "make sense", "«tener sentido»"),
        E(["en"], "es", @"(?i)\b(?:tomar|toma|tomó|toman|tomaron|tomará|tomaría) lugar\b", "take place", "«tener lugar»"),
        E(["en"], "es", @"(?i)\baplic(?:ar|a|ó|aron|an|aba) (?:a|para) (?:un|una|el|la)? ?(?:puesto|empleo|trabajo|beca|visado|ayuda|subvención|plaza)\b", "apply for", "«solicitar»"),
        E(["en"], "es", @"(?i)\b(?:realizó|realizaron|realiza|realizan|realizar) que\b", "realise that", "«darse cuenta de que»"),
        E(["en"], "es", @"(?i)\bjug(?:ar|a|ó|aron|ará) un rol\b", "play a role", "«desempeñar un papel»"),
        E(["en"], "ca", @"(?i)\b(?:fa|fan|feia|va fer) sentit\b", "make sense", "«tenir sentit»"),
        E(["en"], "ca", @"(?i)\b(?:prendre|pren|prenen|va prendre|van prendre) lloc\b", "take place", "«tenir lloc»"),
        E(["en"], "ca", @"(?i)\bjug(?:ar|a|ava|arà) un rol\b", "play a role", "«tenir un paper»"),
    ];

    // Declared after Core: static initialisers run in textual order.
    public static IReadOnlyList<CalqueEntry> Defaults { get; } =
        [.. Core, .. CalquesReporting.Entries, .. CalquesInstitutions.Entries, .. CalquesEvents.Entries, .. CalquesIntoRomance.Entries, .. CalquesGrammar.Entries];
}

using static TranslationDiff.Analysis.Detection.FalseSensePatterns;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The default list of false senses, written from general knowledge of translation pitfalls in news copy (not
/// from any one article): false friends and words whose everyday rendering is wrong in a given domain. Patterns
/// are matched ignoring case. The first entries are the original list; the family lists follow
/// (<see cref="FalseSensesIntoEnglish"/>, <see cref="FalseSensesIntoRomance"/>).
/// </summary>
internal static class FalseSenses
{
    private static IReadOnlyList<FalseSenseEntry> Core { get; } =
    [
        // Into English, with a domain cue.
        F(Fr, @"\btirs?\b", "en", @"\b(?<!(?:rocket|missile|artillery|mortar|anti-aircraft|tank|gun|sniper|heavy|enemy|friendly|returned|return|opened|open|under|cease|hostile)[ -])(?:fire|fires|shot|shots)\b(?! down)", Weapons, "« tir », which for a missile or rocket is its launch", "“launch” (or “test”)"),
        F(Romance, @"\bengins?\b|\bartefactos?\b|\bartefactes?\b", "en", @"\b(?<!explosive )(?:device|devices|machine|machines|contraption|gear)\b", Weapons, "« engin / artefacto », which here is the missile or rocket itself", "“missile”, “rocket” or “projectile”"),
        F(Fr, @"\bessais?\b", "en", @"\b(?:essays?|trials?|attempts?)\b", Weapons, "« essai », which for a weapon is a test", "“test”"),
        F(Fr, @"\bessais?\b", "en", @"\b(?:tests?|trials?|essays?|attempts?)\b", @"\b(?:rugby|scored?|scoring|conversion|tries)\b", "« essai », which in rugby is a try", "“try”"),
        F(EsCa, @"\bensayos?\b|\bassajos?\b", "en", @"\b(?:essays?|rehearsals?)\b", Weapons, "« ensayo / assaig », which for a weapon is a test", "“test”"),
        F(Fr, @"\bbilans?\b", "en", @"\b(?:balance|balance sheet|assessment)\b", Casualties, "« bilan », which after a disaster is the toll", "“death toll” or “toll”"),
        F(EsCa, @"\bbalances?\b|\bbalanços?\b", "en", @"\b(?:balance|balance sheet)\b", Casualties, "« balance / balanç », which after a disaster is the toll", "“death toll” or “toll”"),
        F(Fr, @"\bformations?\b", "en", @"\b(?:training|formation)\b", Politics, "« formation », which in politics is a party", "“party” or “group”"),
        F(EsCa, @"\bformaci(?:ón|ones|ó|ons)\b", "en", @"\b(?:training|formation)\b", Politics, "« formación / formació », which in politics is a party", "“party” or “group”"),
        F(Fr, @"\bprocès\b", "en", @"\bprocess(?:es)?\b", Court, "« procès », which is a trial", "“trial”"),
        F(EsCa, @"\bjuicios?\b|\bjudicis?\b", "en", @"\bjudge?ments?\b", Court, "« juicio / judici », which in court is a trial", "“trial”"),
        F(Fr, @"\bcaution\b", "en", @"\bcaution\b", Court + @"|\b(?:released|prison|jail|custody|detention)\b", "« caution », which in court is bail", "“bail”"),
        F(Fr, @"\bcontrôles?\b", "en", @"\bcontrols?\b", @"\b(?:police|customs|border|identity|ID|roadside|speed|tickets?|passengers?|drivers?)\b", "« contrôle », which by the police or at a border is a check", "“check” or “inspection”"),
        F(Fr, @"\bcadres?\b", "en", @"\bframes?\b", @"\b(?:company|companies|firm|firms|employees?|staff|salar(?:y|ies)|workers|managers?|executives?)\b", "« cadre », which in a company is an executive or manager", "“executives” or “managers”"),
        F(Romance, @"\bcompétences?\b|\bcompetencias?\b|\bcompetències?\b", "en", @"\bcompetences?\b", @"\b(?:government|regional|regions?|state|ministry|council|authorit(?:y|ies)|federal|devolved|powers?)\b", "« compétences / competencias », which for an authority are its powers", "“powers” or “jurisdiction”"),
        F(EsCa, @"\batend\w*|\batén\w*", "en", @"\battend(?:s|ed|ing)?\b", @"\b(?:patients?|calls?|customers?|requests?|needs|emergenc(?:y|ies)|victims|applications?|complaints?)\b", "« atender / atendre », which for patients or calls is to treat or deal with", "“treat”, “serve” or “deal with”"),
        F(Romance, @"(?<!(?:Extrême|Proche|Moyen|Extremo|Pròxim|Mitjà|Llunyà)[- ])\b(?-i:Oriente?)\b(?! (?:Medio|Próximo|Mitjà|Pròxim|Llunyà))", "en", @"\b(?<!(?:Far|Middle|Near) |-)(?:the )?East\b(?! (?:of|Asia|Asian|Timor|Africa|African|Coast|End|Bank|Side|Germany|German|Midlands|Anglia|Jerusalem|Berlin))", EastAsia, "« Orient / Oriente », which here means the Far East (Asia), not a nearer region or front", "“the Far East” or the region by name (“Asia”, “the Korean peninsula”)"),
        F(Fr, @"\bcollèges?\b", "en", @"\bcolleges?\b", @"\b(?:pupils?|teachers?|schools?|classes|aged|year-olds?|head ?teachers?)\b", "« collège », which is a secondary school", "“secondary school”"),

        // Into English, false friends that are wrong wherever the source word stands ("sensible issue" and the like are
        // left to the calque check).
        F(Romance, @"\b(?:éventuel(?:le)?s?|éventuellement|eventual(?:es|s)?|eventualmente|eventualment)\b", "en", @"\beventual(?:ly)?\b", "", "« éventuel / eventual », which means possible", "“possible” or “possibly”"),
        F(Romance, @"\b(?:actuellement|actualmente|actualment)\b", "en", @"\bactually\b", "", "« actuellement / actualmente », which means currently", "“currently” or “now”"),
        F(Fr, @"\bressortissants?\b", "en", @"\bnatives?\b", "", "« ressortissants », which are nationals (citizens), not natives", "“nationals” or “citizens”"),
        F(EsCa, @"\bcompromisos?\b|\bcompromís\b", "en", @"\bcompromis(?:e|es)\b", "", "« compromiso », which is a commitment or pledge", "“commitment” or “pledge”"),
        F(Romance, @"\bsensibles?\b", "en", @"\bsensible\b(?! (?:issue|subject|topic|question|matter|area|zone|data|dossier|file|case)s?\b)", "", "« sensible », which means sensitive", "“sensitive”"),
        F(Fr, @"\bavertissements?\b", "en", @"\badvertisements?\b", "", "« avertissement », which is a warning", "“warning”"),
        F(Romance, @"\blibrair\w*|\blibrer[íi]\w*|\bllibrer\w*", "en", @"\blibrar(?:y|ies)\b", "", "« librairie / librería », which is a bookshop", "“bookshop” or “bookstore”"),
        F(Fr, @"\bblessé(?:e|s|es)?\b", "en", @"\bblessed\b", "", "« blessé », which means injured", "“injured” or “wounded”"),
        F(Romance, @"\bdéceptions?\b|\bdecepci(?:ón|ones|ó)\b", "en", @"\bdeceptions?\b", "", "« déception / decepción », which is a disappointment", "“disappointment”"),
        F(Romance, @"\bpréservatifs?\b|\bpreservativos?\b|\bpreservatius?\b", "en", @"\bpreservatives?\b", "", "« préservatif / preservativo », which is a condom", "“condom”"),
        F(Romance, @"\bphysiciens?\b|\bf[íi]sicos?\b", "en", @"\bphysicians?\b", "", "« physicien / físico », which is a physicist", "“physicist”"),
        F(Fr, @"\binjures?\b", "en", @"\binjur(?:y|ies)\b", "", "« injure », which is an insult", "“insult” or “abuse”"),
        F(Fr, @"\bprétend\w*", "en", @"\bpretend(?:s|ed|ing)?\b", "", "« prétendre », which means to claim", "“claim”"),
        F(EsCa, @"\bpretend\w*", "en", @"\bpretend(?:s|ed|ing)?\b", "", "« pretender », which means to seek or intend", "“seek”, “aim” or “intend”"),
        F(Romance, @"\bdispos(?:e|es|ent|ait|aient|ant|er|era|eront|a|en|aven|ar|arà)\s+d(?:e|es|u|el|els|['’])|\bdispon(?:e|en|ía|ían|er|drá|drán|ga|gan)\s+de\b", "en", @"\bdispos(?:e|es|ed|ing) of\b", "", "« disposer de / disponer de », which means to have", "“have”"),
        F(Es, @"\béxitos?\b", "en", @"\bexits?\b", "", "« éxito », which is a success", "“success” or “hit”"),
        F(Es, @"\bsucesos?\b", "en", @"\bsuccess(?:es)?\b", "", "« suceso », which is an event or incident", "“incident” or “event”"),
        F(Es, @"\bembarazadas?\b", "en", @"\bembarrassed\b", "", "« embarazada », which means pregnant", "“pregnant”"),
        F(Es, @"\bconstipad[oa]s?\b", "en", @"\bconstipated\b", "", "« constipado », which is having a cold", "“has a cold”"),
        F(Fr, @"\blectures?\b", "en", @"\blectures?\b", "", "« lecture », which is reading", "“reading”"),

        // Into French, Spanish and Catalan, from English.
        F(En, @"\beventually\b", "fr", @"\béventuellement\b", "", "“eventually”, which means in the end", "« finalement » or « à terme »"),
        F(En, @"\beventually\b", "es", @"\beventualmente\b", "", "“eventually”, which means in the end", "« finalmente » or « al final »"),
        F(En, @"\beventually\b", "ca", @"\beventualment\b", "", "“eventually”, which means in the end", "« finalment » or « al final »"),
        F(En, @"\bactually\b", "fr", @"\bactuellement\b", "", "“actually”, which means in fact", "« en fait » or « en réalité »"),
        F(En, @"\bactually\b", "es", @"\bactualmente\b", "", "“actually”, which means in fact", "« en realidad » or « de hecho »"),
        F(En, @"\bactually\b", "ca", @"\bactualment\b", "", "“actually”, which means in fact", "« de fet » or « en realitat »"),
        F(En, @"\bsensible\b", "es", @"\bsensibles?\b", "", "“sensible”, which means reasonable", "« sensato » or « razonable »"),
        F(En, @"\bsensible\b", "fr", @"\bsensibles?\b", "", "“sensible”, which means reasonable", "« raisonnable » or « sensé »"),
        // The cue looks for no « bibliothèque » near the word: there the library was rendered right and « librairie » is the shop.
        F(En, @"\blibrar(?:y|ies)\b", "fr", @"\blibrairies?\b", @"^(?![\s\S]*\bbiblioth)", "“library”, which is a lending library", "« bibliothèque »"),
        F(En, @"\blibrar(?:y|ies)\b", "es", @"\blibrer[íi]as?\b", @"^(?![\s\S]*\bbibliotec)", "“library”, which is a lending library", "« biblioteca »"),
        F(En, @"\bembarrass\w*", "es", @"\bembarazad[oa]s?\b", "", "“embarrassed”, which means ashamed", "« avergonzado » or « incómodo »"),
        F(En, @"\breali[sz](?:e|es|ed|ing)\b", "es", @"\breali[zc]\w* (?:que|de que)\b", "", "“realise”, which means to become aware", "« darse cuenta de que »"),
        F(En, @"\breali[sz](?:e|es|ed|ing)\b", "fr", @"\bréalis\w* (?:que|qu['’])", "", "“realise”, which means to become aware", "« se rendre compte que »"),
        F(En, @"\battend(?:s|ed|ing)?\b", "fr", @"\battend\w*", @"\b(?:réunions?|cérémonies?|obsèques|funérailles|conférences?|sommets?|cours|matchs?|concerts?)\b", "“attend”, which means to be present at", "« assister à »"),
        F(En, @"\battend(?:s|ed|ing)?\b", "es", @"\batend\w*", @"\b(?:reuni[oó]n\w*|ceremonias?|funeral\w*|conferencias?|cumbres?|clases?|partidos?|conciertos?)\b", "“attend”, which means to be present at", "« asistir a »"),
        F(En, @"\bconsistent(?:ly)?\b", "es", @"\bconsistentes?\b", "", "“consistent”, which means coherent or steady", "« coherente » or « constante »"),
        F(En, @"\bcasualt(?:y|ies)\b", "es", @"\bcasualidad(?:es)?\b", "", "“casualties”, which are victims", "« víctimas »"),
        F(En, @"\bintroduc\w*", "es", @"\bintrodu(?:jo|jeron|ce|cen|cir|cido|cida|ciría)\b", @"\b(?:ley|leyes|proyecto|norma|medidas?|impuestos?|reforma|tasa)\b", "“introduce” (a bill), which is to put forward", "« presentar »"),
        F(En, @"\bcompromis(?:e|es|ed)\b", "es", @"\bcompromisos?\b", "", "“compromise”, which is a deal in which both sides give way", "« acuerdo » or « concesión »"),
    ];

    // Declared after Core: static initialisers run in textual order.
    public static IReadOnlyList<FalseSenseEntry> Defaults { get; } = [.. Core, .. FalseSensesIntoEnglish.Entries, .. FalseSensesIntoRomance.Entries];
}

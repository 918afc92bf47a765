using static TranslationDiff.Analysis.Detection.CalquePatterns;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Calques into English of the wording of news copy: reporting verbs and attributions, sentence connectors and set
/// phrases, dates, times and figures. From general knowledge of French, Spanish and Catalan translationese.
/// </summary>
internal static class CalquesReporting
{
    public static IReadOnlyList<CalqueEntry> Entries { get; } =
    [
        // Reporting verbs inverted after the quotation, as French and Spanish put them.
        E(Romance, "en", AfterSpeech + "(?:abounds|denounces|salutes|advances|relativi[sz]es|reassures|assumes|considers|certifies|congratulates|proclaims|reiterates|reaffirms|emphasi[sz]es|highlights|stresses|asserts|declares|states|announces|reveals|maintains|defends|critici[sz]es|qualifies|ironi[sz]es|alerts|evaluates|assesses|predicts|anticipates)" + Speaker, "abonde, dénonce, souligne / subraya, destaca, denuncia", "“says” or “said”, with the subject first (“the minister said”)"),
        E(Romance, "en", AfterSpeech + "(?:assured|affirmed|underlined|manifested|indicated|specified|valued|sentenced|abounded|settled|advanced|qualified|estimated|considered|detailed|deplored|reiterated|reaffirmed|asserted)" + Speaker, "aseguró, afirmó, valoró / a assuré, a estimé", "“said”, with the subject first (“the minister said”)"),
        E(Romance, "en", @"(?i)\bsa(?:ys|id|ying) (?:himself|herself|themselves|itself) (?:ready|willing|prepared|convinced|confident|satisfied|optimistic|pessimistic|open|favou?rable|sure|certain|determined|surprised|disappointed|worried|concerned|delighted|happy|proud|hopeful|against|in favou?r|opposed|available|innocent|(?:a )?victim)\b", "il se dit prêt / se dijo dispuesto", "“says he is (ready)”"),
        E(Romance, "en", @"(?i)\bshow(?:s|ed|n|ing)? (?:himself|herself|themselves|itself) (?:very |quite |rather |more |less |somewhat |particularly |extremely |so |too )?(?:confident|optimistic|pessimistic|satisfied|favou?rable|open|willing|ready|prudent|cautious|firm|critical|convinced|hopeful|sceptical|skeptical|reticent|reluctant|delighted|happy|pleased|proud|calm|determined|categorical|clear|in favou?r|against|contrary|opposed|supportive|partisan|worried|concerned|upset|disappointed|surprised|grateful|forceful|blunt|emphatic|tough|conciliatory|receptive|available|unwilling|hostile|enthusiastic|moved|excited|sure|certain|content)\b", "se montrer confiant / mostrarse confiado", "“said he was confident” or “was confident”"),
        E(Romance, "en", @"(?i)\bpronounc(?:e|es|ed|ing) (?:himself|herself|themselves|itself)\b", "se prononcer / pronunciarse", "“came out (for or against)” or “gave its view”"),
        E(Romance, "en", @"(?i)\bmanifest(?:ed|s|ing)? (?:that|(?:his|her|their|its) (?:intention|will|wish|desire|willingness|support|rejection|concern|disagreement|opposition|satisfaction|discomfort|displeasure|condolences|gratitude|surprise|indignation|solidarity))\b", "manifestó que / manifester son soutien", "“said that” or “expressed”"),
        E(Romance, "en", @"\b(?:said|confided|specified|detailed|explained|declared|assured|indicated|affirmed|stated|explains|confides|specifies|declares|assures|indicates|affirms|states|says)(?: this \p{Lu}\p{Ll}+day| on \p{Lu}\p{Ll}+day)? to (?:the )?(?:AFP|Reuters|EFE|Efe|Europa Press|Agence France-Presse|Associated Press|Le Monde|Le Figaro|Libération|Le Parisien|Ouest-France|franceinfo|France Info|France Inter|France Bleu|France 2|France 3|BFMTV|BFM|RTL|RMC|Europe 1|LCI|TF1|El País|El Mundo|ABC|La Vanguardia|El Periódico|Ara|TV3|3Cat|Catalunya Ràdio|RAC1|Cadena SER|SER|COPE|Onda Cero|RTVE|TVE|laSexta|La Sexta|Antena 3|Telecinco|VilaWeb|Vilaweb|Nació Digital|El Nacional|this (?:newspaper|paper|daily|outlet|medium|media|publication|channel|station|radio|agency))\b", "a déclaré à l'AFP / declaró a EFE", "“told AFP”"),
        E(Romance, "en", @"(?i)\bin (?:\w+ )?declarations\b|\bdeclarations (?:to|for|made to|collected by|gathered by|picked up by)\b|\b(?:statements|words|remarks|comments) (?:collected|gathered|picked up) by\b", "dans des déclarations à / en declaraciones a / recogidas por", "“told” or “in remarks to”; “quoted by”"),
        E(Romance, "en", @"(?i)\b(?:has|have|had) been able to (?:know|learn|find out)\b", "a pu apprendre / ha podido saber", "“has learned”"),
        E(Romance, "en", @"(?i)\bhas (?:explained|indicated|assured|affirmed|declared|stated|pointed out|stressed|highlighted|underlined|informed|reported|confirmed|denounced|specified|recalled|announced|said|added|warned|asked)\b(?=(?:(?!\b(?:will|would|to|next|until|before|by|from|for)\b)[^.;]){0,40}\b(?:yesterday|(?:this|on|last) " + Days + @")\b)", "ha explicado este lunes / a déclaré lundi", "the simple past (“explained on Monday”)"),
        E(Romance, "en", @"(?i)\b(?:said|announced|explained|declared|confirmed|reported|stated|indicated|assured|warned|met|held|presented|published|signed|approved|arrested|died|visited|decided|rejected|voted|won|lost|played|gave|made|began|started|ended|opened|closed|launched|added|insisted|denounced|highlighted|stressed|inaugurated|unveiled|received|travelled|traveled|arrived|returned|underlined|recalled|detailed|specified|affirmed|sent|called|asked|critici[sz]ed|defended|welcomed|celebrated|hosted|organi[sz]ed|passed|adopted|recorded|killed|injured|rescued|evacuated|detained|released|found|discovered|presided|chaired|attended)(?: (?!(?:will|would|to|that|next|he|she|they|it|we|on|for)\b)[\p{L}'’-]+){0,3} this " + Days + @"(?: (?:morning|afternoon|evening|night))?\b", "a annoncé ce lundi / anunció este lunes", "“on Monday”"),

        // Connectors and set phrases.
        E(Romance, "en", Start + "(?:On|From) (?:his|her|their|its) (?:side|part),", "de son côté / por su parte", "“For his part,” or “Meanwhile,”"),
        E(Romance, "en", Start + "In parallel,", "parallèlement / paralelamente", "“At the same time,” or “Meanwhile,”"),
        A(Romance, "en", Start + "In this sense,", @"\ben (?:este|ese) sentido\b|\ben aquest sentit\b|\b(?:en|dans) ce sens\b", "en este sentido / dans ce sens", "“In this respect,” or nothing"),
        E(Romance, "en", @"(?i)\bin what (?:concerns|respects|refers to|has to do with|regards)\b", "en ce qui concerne / en lo que respecta", "“as for” or “regarding”"),
        E(Romance, "en", Start + "(?:Let us remember|Let's remember|Remember that|Let us recall|Let's recall|We recall that|Recall that|It is necessary to (?:remember|recall|point out|note|highlight|stress|underline)|It must be (?:recalled|remembered|underlined|highlighted|pointed out) that|It should be (?:recalled|underlined|highlighted) that)", "rappelons que / cabe recordar que / cal recordar que", "nothing, or “Meanwhile,” / “It is worth recalling that”"),
        E(Romance, "en", @"(?i)\bat (?:his|her|their|its) turn\b", "à son tour / a su vez", "“in turn”"),
        E(["es", "ca"], "en", @"(?i)\b(?:each|every) time (?:more|less|fewer|greater|bigger|smaller|higher|lower|worse|better)\b(?! than)", "cada vez más / cada cop més", "“increasingly” or “more and more”"),
        E(Fr, "en", @"(?i)\bfaced to\b", "face à", "“faced with”"),
        E(Romance, "en", @"(?i)\bat the (?:occasion|eve) of\b", "à l'occasion de / a la víspera de", "“on the occasion of” or “on the eve of”"),
        E(Romance, "en", @"(?i)\bat the approach of\b", "à l'approche de / ante la proximidad de", "“in the run-up to” or “ahead of”"),
        E(Romance, "en", @"(?i)\bat the exit of (?:the )?(?:meeting|council|hearing|trial|court|interview|summit|session|match|game|race|talks|cabinet|Council of Ministers|plenary)\b", "à la sortie de / a la salida de", "“after” or “on leaving”"),
        E(Fr, "en", @"(?i)\bat the (?:day after|morrow) of\b", "au lendemain de", "“the day after”"),
        E(Fr, "en", @"(?i)\bat the (?:hour|moment) where\b|\bat the hour when\b", "à l'heure où / au moment où", "“at a time when” or “just as”"),
        E(Romance, "en", @"(?i)\buntil (?:a )?new (?:order|notice)\b", "jusqu'à nouvel ordre / hasta nuevo aviso", "“until further notice”"),
        E(Romance, "en", @"(?i)\bfrom here (?:to|until|till) (?:\d{4}|the end of|next|the summer|the autumn|the spring|the winter)\b", "d'ici 2030 / de aquí a 2030", "“by 2030”"),
        E(Fr, "en", @"(?i)\b(?:by|through) the bias of\b", "par le biais de", "“through”"),
        E(Fr, "en", @"(?i)\bat the (?:breast|bosom) of\b|\bin the breast of\b", "au sein de", "“within”"),
        E(Romance, "en", @"(?i)\bin (?:the )?matter of (?:security|health|housing|immigration|education|defen[cs]e|employment|tax(?:ation)?|energy|environment(?:al)?|justice|pensions|transport|climate|safety|equality|gender|human rights|culture|sport|finance|economy|economics|social|public health|mobility|water|agriculture|fisheries|research|innovation|digital|cybersecurity|competition|prevention)\b", "en matière de / en materia de", "“on” or “in” (“on security”)"),
        E(Romance, "en", @"(?i)\b(?:take|takes|took|taken|taking|have|has|had|having) in account\b", "tenir compte de / tener en cuenta", "“take into account”"),
        E(Fr, "en", @"(?i)\baccount (?:held|kept|taken) of\b", "compte tenu de", "“given”"),
        E(Fr, "en", @"(?i)\bforce is to (?:note|observe|acknowledge|admit|recogni[sz]e|conclude|say|see|notice)\b", "force est de constater", "“one has to admit”"),
        E(Romance, "en", @"(?i)\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)) (?:the |an |a special |particular |special )?accent on\b", "mettre l'accent sur / poner el acento en", "“emphasised” or “focused on”"),
        E(Romance, "en", @"(?i)\bput(?:s|ting)? end to\b", "mettre fin à / poner fin a", "“put an end to”"),
        E(Fr, "en", @"(?i)\b(?:take|takes|took|taken|taking) in charge\b", "prendre en charge", "“take care of”, “treat” or “take charge of”"),
        E(Romance, "en", @"(?i)\b(?:take|takes|took|taken|taking) the word\b", "prendre la parole / tomar la palabra", "“spoke” or “took the floor”"),
        E(Fr, "en", @"(?i)\bput(?:s|ting)? (?:\w+ ){0,2}in cause\b|\bcalled in cause\b", "mettre en cause", "“implicated” or “called into question”"),
        E(Fr, "en", @"(?i)\bput(?:s|ting)? (?:in|on) guard (?:against|the|about)\b", "mettre en garde", "“warned”"),
        E(Fr, "en", @"(?i)\bma(?:de|ke|kes|king) part of (?:his|her|their|its|the|our) (?:concern|concerns|intention|intentions|worry|worries|decision|satisfaction|regret|regrets|wish|disappointment|anger|indignation|support|opposition|doubts|fears|surprise|astonishment|gratitude)\b", "faire part de", "“expressed” or “announced”"),
        E(Fr, "en", @"(?i)\bma(?:de|ke|kes|king) (?:a )?state of\b", "faire état de", "“reported” or “mentioned”"),
        E(Fr, "en", @"(?i)\bma(?:de|ke|kes|king) know that\b", "faire savoir que", "“announced that” or “said that”"),
        E(Fr, "en", @"(?i)\bh(?:eld|olds|old|olding) to (?:thank|stress|point out|recall|remind|underline|highlight|emphasi[sz]e|specify|clarify|express|pay tribute|congratulate|reassure|salute|say|insist|recogni[sz]e|warn|denounce|welcome)\b", "tenir à (remercier)", "“wanted to (thank)”"),
        E(Es, "en", @"(?i)\bg(?:ave|ive|ives|iving|iven) to know\b", "dar a conocer / donar a conèixer", "“made public” or “announced”"),
        E(Es, "en", @"(?i)\bput(?:s|ting)? (?:of|in) manifest\b", "poner de manifiesto / posar de manifest", "“showed” or “revealed”"),
        A(Romance, "en", @"(?i)\bput(?:s|ting)? (?:it |this |that )?in evidence\b", @"\bévidence\b|\bevidencia\b|\bevidència\b", "mettre en évidence / poner en evidencia", "“highlighted” or “exposed”"),
        E(Romance, "en", @"(?i)\bput(?:s|ting)? (?:it |this |that )?(?:in|of) relief\b", "mettre en relief / poner de relieve", "“highlighted”"),
        E(Romance, "en", @"(?i)\bput(?:s|ting)? (?:in|into) value\b", "mettre en valeur / poner en valor", "“showcased” or “highlighted”"),
        E(Romance, "en", @"(?i)\bma(?:ke|de|kes|king) (?:a |the )?(?:balance|bilan) of\b", "faire le bilan de / hacer balance de", "“took stock of” or “reviewed”"),
        E(Es, "en", @"(?i)\bma(?:ke|de|kes|king) front (?:to|against)\b", "hacer frente a / fer front a", "“face” or “tackle”"),
        E(Romance, "en", @"(?i)\bput (?:himself|herself|themselves|itself) in contact with\b", "se mettre en contact avec / ponerse en contacto con", "“contacted”"),
        E(Es, "en", @"(?i)\bcall(?:s|ed|ing)? the attention\b(?! of)", "llamar la atención", "“drew attention” or “reprimanded”"),
        E(Romance, "en", @"(?i)\bd(?:id|oes|o|oing|one) (?:a|an|the) (?:visit|statement|declaration|speech|appeal|proposal|promise|pause|request|question|mistake|error)\b", "hacer una visita / faire une déclaration", "“made” or “paid” (“paid a visit”, “made a statement”)"),
        E(Es, "en", @"(?i)\bma(?:ke|de|kes|king) (?:a|the|some|several|\d+) questions?\b(?! of)", "hacer una pregunta / fer una pregunta", "“ask a question”"),
        E(Romance, "en", @"(?i)\bat the (?:wait|waiting) of\b|\bin (?:the )?wait of\b", "dans l'attente de / a la espera de", "“pending” or “awaiting”"),
        E(Romance, "en", @"(?i)\bat the (?:sight|view) of (?:the )?(?:results|figures|data|situation|circumstances|evidence|polls|numbers|statistics)\b", "au vu des résultats / a la vista de", "“in view of” or “given”"),
        E(Es, "en", @"(?i)\bat the hour of \w+ing\b", "a la hora de (decidir)", "“when it comes to (deciding)”"),
        E(Romance, "en", @"(?i)(?<=[,(] )to know(?=[,:])", "à savoir / a saber", "“namely”"),
        E(Romance, "en", @"(?i)\bin the last hours\b(?! (?:of|before)\b)", "ces dernières heures / en las últimas horas", "“in the past few hours” or “overnight”"),
        E(Romance, "en", @"(?i)\bin a second (?:moment|time)\b", "dans un second temps / en un segundo momento", "“later” or “then”"),
        E(Romance, "en", @"(?i)\bdiverse (?:sources|occasions|times|media|reasons|municipalities|points|parts|studies|reports|entities|witnesses)\b(?! of)", "diverses sources / diversas fuentes", "“several” or “various”"),
        E(Romance, "en", @"(?i)\bby hazard\b|\b(?:pure|sheer) hazard\b", "par hasard / por azar", "“by chance”"),
        E(Fr, "en", @"(?i)\bin the (?:following )?stride\b", "dans la foulée", "“straight after” or “in quick succession”"),
        A(Es, "en", @"(?i)\b[Ii]n (?:the )?absolute\b(?! (?:terms|numbers|figures|value|values|majority|silence|darkness|secrecy|control|power|poverty|priority|minimum|maximum|zero|record|term|sense|best|worst)\b)", @"\ben absolut[oa]?\b", "en absoluto", "“not at all”"),

        // Dates, times and figures.
        E(Romance, "en", $@"\bthe \d{{1,2}} of {Months}\b", "le 15 mars / el 15 de marzo", "“on 15 March” or “March 15”"),
        E(Es, "en", $@"\b[Tt]he day \d{{1,2}}\b(?= *[,.;]| (?:of {Months}|at|in|when|and|will|was|is|the)\b)", "el día 15 / el dia 15", "“on the 15th”"),
        E(Romance, "en", @"(?i)\bat \d{1,2}[.:h]\d{2} hours\b|\bat (?:[01]?\d|2[0-3]) hours\b(?!['’])(?! (?:notice|intervals|after|before|of|old|later|earlier|in advance|apart)\b)", "à 10 heures / a las 10 horas", "“at 10am” or “at 10:00”"),
        E(Romance, "en", @"(?i)\b\d{1,2}(?:[.:]\d{2})? (?:o'clock )?of the (?:morning|afternoon|evening|night)\b", "10 heures du matin / las 10 de la mañana", "“10am” or “10 in the morning”"),
        A(Romance, "en", $@"\b(?:on )?the next {Days}\b|\bthe next {Months}\b", @"\bpr[óo]xim[oa]s?\b|\bprochaine?s?\b|\bpròxim[ae]?s?\b", "le lundi prochain / el próximo lunes", "“next Monday” or “on Monday”"),
        E(Romance, "en", @"(?i)\bsince (?:a|one|half a|a few|almost a|nearly a|more than a|over a) (?:year|month|week|decade|day|century|fortnight)\b", "depuis un an / desde hace un año", "“for a year”"),
        A(Romance, "en", @"(?i)\b(?:it )?makes? (?:already )?" + Count + " " + TimeUnits + @"\b(?! (?:of|to|for|in|before|after|since|later|earlier|old|long|work|worth|running)\b)", @"\bhace\b|\bhacía\b|\bfa\b|\bfeia\b|\bfait\b", "cela fait deux ans / hace dos años / fa dos anys", "“two years ago” or “for two years”"),
        A(Romance, "en", @"(?i)\bthere (?:are|were|is|was) (?:already )?" + Count + @" (?:years|months|weeks|days|decades)\b(?! (?:left|to go|remaining|before|until|till|since|of|in|when|between|after|during|for|ahead|without|with|where|on|that|which|and|or)\b)", @"\bil y a(?:vait)?\b|\bhace\b|\bhacía\b|\bfa\b|\bfeia\b", "il y a deux ans / hace dos años", "“two years ago”"),
        E(["es"], "en", @"(?i)\bcarr(?:y|ies|ied|ying) (?:more than |over |almost |nearly |already )?" + Count + @" (?:years|months|weeks|days|decades|hours|seasons)\b(?! of)", "lleva dos años", "“has been (working) for two years”"),
        E(Romance, "en", @"(?i)\bthe \d+(?:[.,]\d+)? ?(?:%|per ?cent|percent) of (?![^.,;]{0,50}\b(?:who|that|which|whom|whose)\b)", "le 20 % des / el 20% de", "“20% of” (no article)"),
        E(Es, "en", @"(?i)\b(?:of|reached|reaching|reaches|represents?|represented|representing|exceeds?|exceeded|exceeding|surpass(?:es|ed|ing)?|around|about|nearly|almost|only|just|than) an? \d+(?:[.,]\d+)? ?(?:%|per ?cent|percent)(?![\w-])(?! (?:(?:\w+[ -])?(?:rise|increase|fall|drop|decline|cut|share|stake|chance|majority|rate|tax|tariff|discount|reduction|jump|gain|loss|growth|hike|raise|surcharge|commission|interest|return|turnout|probability|risk|slump|plunge|surge|slice|levy|penalty|margin|lead|premium|contraction|expansion|improvement|decrease|holding|vote|swing|pay|increment|markup|threshold|quota|cap|ceiling|limit|target|occupancy|efficiency|success))\b)", "un 20% / un 20 %", "“20%” (no article)"),
        A(Romance, "en", @"(?<!(?:voted|vote|votes|voting|fought|fight|fighting|protested|protest|protests|campaigned|campaign|played|play|plays|playing|won|win|wins|lost|lose|loses|drew|draw|beat|warned|guard|defend|defended|insured|insure|vaccinated|vaccinate|vaccine|vaccines|immuni[sz]ed|sanctions|measures|charges|case|lawsuit|complaint|appeal|attack|attacks|crime|crimes|violence|discrimination|offensive|war) )(?<=\d[^.;!?]{0,60})\bagainst (?:the |a mere |only |just |barely |some |around |about |nearly |almost |fewer than |less than |more than |over |under )?\d[\d.,]*(?![\d.,]*-)\b", @"\bcontre\b|\bfrente a(?:l)?\b|\bfront a(?:l)?\b|\bcontra\b|\bface à\b", "12 % contre 8 % / frente al 8 %", "“compared with” or “against … a year earlier” → “up from”"),
        E(Romance, "en", @"(?i)\bin (?:rise|fall|increase|decrease|drop|decline|growth|hike) of \d", "en hausse de / en aumento del", "“up 5%” or “down 5%”"),
        E(Es, "en", @"(?i)\bascend(?:s|ed|ing)? to (?:\d|more than|over|almost|nearly|some|about|around|a total|the figure|€|\$|£)", "asciende a / puja a", "“totals” or “stands at”"),
        E(Fr, "en", @"(?i)\belevat(?:es|ed|ing) (?:itself )?to (?:\d|more than|over|almost|nearly|some|about|around|a total|€)|\b(?:toll|number|figure|total|count|amount|bill|cost|deficit|debt|damage|losses) (?:\w+ ){0,3}?raises to\b", "s'élève à", "“stands at” or “rises to”"),
    ];
}

using static TranslationDiff.Analysis.Detection.CalquePatterns;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Calques into English of how French, Spanish and Catalan news copy reports events: sport, accidents and
/// emergencies, weather, works and services, the media and culture. From general knowledge; entries whose English
/// words also have a legitimate use carry a source anchor.
/// </summary>
internal static class CalquesEvents
{
    public static IReadOnlyList<CalqueEntry> Entries { get; } =
    [
        // Planning, counting on, leaving.
        A(Romance, "en", @"(?i)\b(?:plan|law|bill|project|agreement|deal|budget|text|decree|programme|program|schedule|contract|reform|measure|proposal|regulation|rules?|scheme|timetable|calendar|accord|treaty|document|strategy|initiative|ordinance|protocol|package|framework|legislation|constitution|statute|convention|directive|plans)\b[^.;]{0,60}?\bforese(?:e|es|en)\b|\b(?:than|as|initially|originally|first) foreseen\b", @"\bprév\w*|\bprevist[oa]s?\b|\bprev(?:é|én|eía|eían|er|ió|ieron|isión|isiones|eu|euen|eure|ia|ien|ist|ista|istes|istos)\b", "prévoir / prever / preveure", "“provides for”, “plans” or “than planned”"),
        A(Romance, "en", @"(?i)\bcount(?:s|ed|ing)? on (?:(?:more than|over|almost|nearly|about|around|some|a total of|just|only|up to|at least) )?\d|\bcount(?:s|ed|ing)? on (?:the )?(?:presence|participation|attendance|collaboration) of\b", @"\bcompt\w*|\bcont(?:ar|ará|arán|ó|aron|aba|aban|ando|amos|ado|aría)\b|\bcuent(?:a|an|e|en)\b", "compter sur / contar con / comptar amb", "“has” or “will be attended by”"),
        A(Romance, "en", @"(?i)\babandon(?:s|ed|ing)? (?:the )?(?:pitch|field|court|game|match|ring|track|circuit|competition|tournament|test|session|training|Grand Prix|hospital|prison|jail|clinic|hemicycle|chamber|plenary|meeting|room)\b|\b(?:his|her|their) abandonment\b(?! of)", @"\babandon\w*", "abandonner / abandonar", "“left”, “walked out of” or “retired (injured)”"),
        A(Fr, "en", @"(?i)\bhears to \w+|\bhear to (?:continue|launch|present|propose|defend|pursue|maintain|fight|keep|make|take|do|be|go|remain|put|ensure|obtain|get|win|restore|reform|reduce|increase|strengthen|reinforce|develop|build|create|open|close|end|return|apply|impose|respect|play|use)\b", @"\bentend\w*", "entend (faire)", "“intends to”"),
        A(Fr, "en", @"(?i)\bcount(?:s|ed)? (?:to )?(?:do|make|continue|launch|open|present|propose|take|return|stay|remain|go|leave|finish|win|use|build|create|hire|sign|apply|appeal|sue|file|ask|run|stand|seek|pursue|keep|maintain)\b", @"\bcompt(?:e|es|ent|ait|aient|ais|er|era|eront|ons|ez)\b", "compter (faire)", "“intends to” or “plans to”"),
        A(Romance, "en", @"(?i)\b(?:it )?rest(?:s|ed)? (?:open|closed|mobili[sz]ed|vigilant|cautious|calm|confident|optimistic|convinced|determined|united|in (?:power|place|office|force|custody|hospital|prison)|at the head)\b", @"\brest(?:er|e|es|ent|é|ée|és|ées|ait|aient|era|eront|ant|a|en|ar|à|aran|ava|aven)\b", "rester ouvert / restar obert", "“remains”"),
        A(Romance, "en", @"(?i)\bignor(?:e|es|ed|ing) (?:still |yet |for now |for the moment |for the time being |at this stage )?(?:whether|if|why|how many|how much|where|when|who)\b|\b(?:causes?|reasons?|circumstances|motives?|origin|identity|whereabouts|extent|number|details|toll|outcome|date) (?:\w+ ){0,4}?(?:remains?|remained|are|is|were|was) (?:still |yet |for now |so far )?ignored\b", @"\bignor\w*", "on ignore encore / se ignora", "“it is not known” or “remain unknown”"),
        A(Fr, "en", @"(?i)\battend(?:s|ed|ing)? (?:the |a |an |its |their |his |her )?(?:results?|verdict|decision|ruling|response|answer|reply|outcome|arrival|approval|green light|report|publication|conclusions?|return|sentencing|extradition|judgment|judgement|go-ahead|opinion)\b", @"\battend\w*", "attendre", "“awaits” or “is waiting for”"),
        A(Romance, "en", @"(?i)\breali[sz](?:e|es|ed|ing) (?:a|an|the|his|her|their|its|several|some|two|three|\d+) (?:\w+ )?(?:journey|trip|flight|route|training|exercises?|searches|inspections|arrests?|detentions?|interviews|declarations?|statement|payment|purchase|sale|transaction|campaign|poll|census|procedure|surgery|operations|interventions|rescue|evacuation|programme|program|screening|diagnosis|transplant|raids?)\b", @"\bréalis\w*|\breali[zc]\w*|\brealitz\w*", "réaliser / realizar / realitzar", "“carry out”, “make” or “do”"),

        // Sport.
        A(Romance, "en", @"(?i)\b(?:win|victory|defeat|draw|loss|match|game|duel|tie|triumph|clash|derby) in front of (?:the )?(?-i:\p{Lu})[\p{L}-]+\b(?!['’]s)(?! (?:crowd|fans|supporters|public|faithful|stadium)\b)", @"\bface à\b|\bfrente a(?:l)?\b|\bdavant (?:de )?(?:l['’]|el|la)?\b|\bante\b|\bcontre\b|\bcontra\b", "face à / frente a / davant", "“against”"),
        E(Romance, "en", @"(?i)\bat the \d+(?:st|nd|rd|th) minute\b|\bat minute \d+\b|\bto the \d+(?:st|nd|rd|th) minute\b", "à la 30e minute / en el minuto 30", "“in the 30th minute”"),
        E(Romance, "en", @"(?i)\bmark(?:s|ed|ing)? (?:a|an|the|his|her|their|its|two|three|four|\d+) (?:\w+ )?goals?\b|\bmark(?:s|ed|ing)? (?:the )?(?:winner|winning goal|equali[sz]er|opener|opening goal)\b", "marquer un but / marcar un gol", "“scored”"),
        E(Romance, "en", @"(?i)\bdisput(?:e|es|ed|ing) (?:a|an|the|their|its|his|her|this|that|next|last|first|second|third|final|\d+) (?:\w+ ){0,2}?(?:match|matches|game|games|final|semi-final|semifinal|quarter-final|quarterfinal|tie|fixture|race|stage|tournament|championship|derby|friendly|round|leg|Grand Prix|Olympics|World Cup|Champions League|Europa League|Cup|play-off|playoff)\b(?! (?:score|result|decision|call|verdict|ruling|whistle)\b)", "disputer un match / disputar un partido", "“play” or “contest”"),
        E(Romance, "en", @"(?i)\bimpos(?:ed|es|e|ing) (?:himself|herself|themselves|itself) (?:against|over|in the (?:final|semi-final|semifinal|quarter-final|sprint|match|game|race|duel|derby|stage|tie-break)|by (?:\d|two|three|four)|\d|with (?:a|an) (?:score|time|lead))", "s'imposer / imponerse", "“won” or “beat”"),
        E(Fr, "en", @"(?i)\bcarri(?:ed|es) it\b(?= (?:against|over|by \d|in the (?:final|sprint|match|race|duel)|with (?:a|an) (?:score|time)))", "l'emporter", "“won”"),
        E(Romance, "en", @"(?i)\bsign(?:s|ed|ing)? (?:a|an|his|her|their|its|the) (?:\w+ )?(?:goal|double|brace|hat-trick|hat trick|try|win|victory|triumph|podium|comeback)\b", "signer une victoire / firmar un triunfo", "“scored” or “recorded”"),
        E(Fr, "en", @"(?i)\binscrib(?:e|ed|es|ing) (?:a|an|his|her|their|the|its) (?:\w+ )?(?:goal|try|basket)\b", "inscrire un but", "“scored”"),
        A(Romance, "en", @"(?i)\bthe local (?:team|side|club|squad|eleven)\b(?! of)", @"\b(?:equipo|equip|équipe|conjunto|club|once) local\b|\blocals?\b", "l'équipe locale / el equipo local", "“the home side”"),
        E(Romance, "en", @"(?i)\bthe (?:red )?lantern\b(?=[^.]{0,60}\b(?:table|standings|league|classification|points|division|relegation)\b)", "la lanterne rouge / el farolillo rojo", "“bottom of the table”"),
        E(["es"], "en", @"(?i)\b(?:match|game|tie|leg) of (?:going|return|the return|ida|vuelta)\b|\bthe going (?:match|game|leg)\b", "partido de ida / de vuelta", "“first leg” or “second leg”"),
        E(Romance, "en", @"(?i)\bthe leadership of the (?:league|table|standings|classification|championship|Liga|Premier League|Ligue 1|Serie A|Bundesliga)\b|\b(?:keeps?|kept|keeping|regains?|regained|loses?|lost|losing|takes?|took|taking|consolidates?|consolidated|holds?|held|shares?|shared) the leadership\b(?= *[,.;]| (?:of the (?:league|table|standings|classification)|in the (?:league|table|standings|classification)|with \d|alone|on its own|ahead)\b)", "le leadership / el liderato", "“top spot” or “the lead”"),
        E(Romance, "en", @"(?i)\bin the classification\b(?! of)|\b(?:top|bottom|head|tail|foot) of the classification\b", "au classement / en la clasificación", "“in the standings” or “top of the table”"),
        A(Romance, "en", @"(?i)\b(?:Spanish|French|Catalan|Italian|German|English|Portuguese|Brazilian|Argentine|Argentinian|Moroccan|national|Spain's|France's|Belgian|Dutch|Croatian|Japanese|Senegalese|Mexican|Uruguayan|Colombian) selection\b", @"\bselecci(?:ón|ó|ones|ons)\b|\bsélections?\b", "la sélection / la selección", "“national team” or “squad”"),
        E(Romance, "en", @"(?i)\bconvo(?:k(?:e|ed|es|ing)|cat(?:e|ed|es|ing)|catory|catories)\b|\bthe convocation (?:of (?:a|an|the) (?:strike|election|elections|referendum|meeting|protest|demonstration|session|plenary|competition|exam|tender|congress|assembly|consultation)|for (?:the|a|an) )", "convoquer / convocar / convocatoria", "“call” (a strike, an election) or “call-up”"),
        E(Romance, "en", @"(?i)\bevolv(?:e|es|ed|ing) (?:in|at|for|with) (?:the )?(?:Ligue|Liga|Premier|Serie|Bundesliga|club|team|league|division|first division|second division|Top 14|Pro D2|NBA|Euroleague|Championship|National)\b", "évoluer en Ligue 1 / evolucionar en", "“plays in” or “plays for”"),
        E(Romance, "en", @"(?i)\bas (?:a )?titular\b|\btitulars\b|\b(?:a|the|regular|indisputable|undisputed|usual|habitual|starting) titular\b(?! (?:character|role|hero|heroine|song|track|head|ruler|sovereign|bishop|figure)\b)(?! (?-i:\p{Lu}))", "titulaire / titular", "“starter” or “in the starting line-up”"),
        E(Fr, "en", @"(?i)\bthe round ball\b|\bthe oval ball\b|\bthe (?:little|small) queen\b", "le ballon rond / ovale / la petite reine", "“football”, “rugby” or “cycling”"),
        E(Fr, "en", @"(?i)\bthrew in the sponge\b|\bthrow(?:s|ing|n)? (?:in )?the sponge\b", "jeter l'éponge", "“threw in the towel”"),
        E(Romance, "en", @"(?i)\bpalmar[eè]s\b", "palmarès / palmarés", "“record” or “honours”"),

        // Accidents, emergencies, weather.
        A(Es, "en", @"(?i)\bcollapsed? (?:emergency (?:rooms?|departments?|services?|wards?)|A&E|hospitals?|health cent(?:re|er)s?)\b|\b(?:emergency (?:rooms?|departments?|services?|wards?)|A&E|hospitals?|health cent(?:re|er)s?|roads?|motorways?|highways?|accesses|access roads?|switchboards?|phone lines|courts) (?:were |are |was |is |have been |has been |had been |remained |remain |remains |being |became |become )(?:completely |totally |practically |almost )?collapsed\b|\b(?:traffic|circulatory|road|motorway|highway) collapse\b", @"\bcolaps\w*|\bcol·laps\w*", "colapso / col·lapse", "“overwhelmed” or “gridlock”"),
        E(Romance, "en", @"(?i)\b(?:fire|blaze) (?:that )?(?:declared itself|was declared|had declared|has declared|declared)\b(?! (?:extinguished|over|under|stabili[sz]ed|controlled|contained|out|a|an|the)\b)", "l'incendie s'est déclaré / se declaró un incendio", "“broke out”"),
        E(Romance, "en", @"(?i)\b(?:the|this|that) sinister\b(?= *[,.;:)]| (?:occurred|happened|took place|broke out|was|has|had|left|caused|in|on|at|which|that|affected|destroyed|forced)\b)", "le sinistre / el siniestro", "“the accident” or “the fire”"),
        E(Romance, "en", @"(?i)\bdamnified\b|\bsinistered\b|\bthe sinistrés\b", "damnificados / sinistrés", "“those affected” or “victims”"),
        E(Es, "en", @"(?i)\bresult(?:ed|s|ing)? (?:seriously |slightly |badly |critically |gravely |mortally |fatally |severely |lightly )?(?:injured|wounded|hurt|dead|killed|damaged|affected|unharmed|unhurt|elected|winner|winners|victorious|champions?)\b", "resultar herido / resultó elegido", "“was injured” or “was elected”"),
        E(Es, "en", @"(?i)\bmortal victims?\b|\bvictims? mortal\b", "víctimas mortales", "“deaths” or “fatalities”"),
        E(Es, "en", @"(?i)\b(?:injured|wounded|hurt|injuries|wounds) of (?:gravity|consideration|severity|seriousness)\b", "herido de gravedad / heridas de consideración", "“seriously injured”"),
        E(Romance, "en", @"(?i)\bin (?:a )?(?:grave|serious|critical|very serious|very grave) state\b(?! of)", "dans un état grave / en estado grave", "“in a serious condition”"),
        E(Romance, "en", @"(?i)\bstrong (?:rains?|rainfall|showers|snowfalls?|snow|downpours?|hail|hailstorms?|heat|fog)\b", "fortes pluies / fuertes lluvias", "“heavy rain”, “intense heat”"),
        E(Romance, "en", @"(?i)\ban? important (?:fire|blaze|deployment|police (?:presence|operation|deployment)|traffic jam|tailback|delays?|damage|flooding|snowfall|rainfall|losses|crowd|influx|volume|operation|mobili[sz]ation|turnout)\b", "un important dispositif / un importante despliegue", "“large”, “major” or “heavy”"),
        E(Fr, "en", @"(?i)\b(?:orange|red|yellow|green) vigilance\b|\bvigilance (?:orange|red|yellow)\b", "vigilance orange", "“orange alert” or “orange warning”"),
        E(Fr, "en", @"(?i)\bsappers?[- ](?:firem[ae]n|firefighters?|pompiers)\b|\bfirefighter sappers?\b", "sapeurs-pompiers", "“firefighters”"),
        A(Romance, "en", @"(?i)\b(?:massive|mass|general(?:i[sz]ed)?|global|widespread|worldwide|major|big) falls?\b(?= (?:of (?:the )?(?:service|network|system|internet|servers?|platform|website|web|app|application|WhatsApp|Instagram|Facebook|telephone|phone|electricity|power|emergency)|affecting|that (?:left|affected|hit))\b)|\bthe fall of (?:the )?(?:service|services|network|system|systems|internet|servers?|app|application|platform|website|web|WhatsApp|Instagram|Facebook|telephone|phone lines|electricity|power|emergency number|112)\b", @"\bca[íi]d[ao]s?\b|\bcaigud(?:a|es)\b|\bchute\b|\bpanne\b", "caída masiva / caiguda / panne", "“outage”"),
        A(Romance, "en", @"(?i)\b(?:the )?works of (?:the )?(?:construction|renovation|rehabilitation|refurbishment|extension|expansion|enlargement|improvement|repair|repairs|restoration|demolition|remodelling|remodeling|urbani[sz]ation|new|road|line|tunnel|bridge|station|port|harbour|building|pool|stadium|motorway|highway|dyke|dike|dam|tram|tramway|metro|railway|airport|school|hospital|square|promenade|seafront|sewer|pipeline|network)\b", @"\btravaux\b|\btrabajos\b|\bobras\b|\btreballs\b|\bobres\b", "les travaux de / las obras de / les obres de", "“work on” or “construction work”"),

        // Media and culture.
        E(Romance, "en", @"(?i)\bin direct\b(?= *[,.;:)]| (?:on|from|by|through|via|and|at|with)\b)|\b(?:broadcast|shown|followed|watched|televised|retransmitted|aired|transmitted|streamed|seen|live) in direct\b", "en direct / en directo", "“live”"),
        E(Romance, "en", @"(?i)\bretransmi(?:t|ts|tted|tting|ssion|ssions)\b", "retransmettre / retransmitir", "“broadcast”"),
        E(Romance, "en", @"(?i)\bpress wheel\b|\bwheel of (?:the )?press\b|\bpoint of press\b|\bpress point\b", "rueda de prensa / point presse", "“press conference” or “press briefing”"),
        E(Romance, "en", @"(?i)\b(?:in|at) the actuality\b|\bthe (?:international |political |sporting |sports |cultural |economic |current )?actuality\b", "l'actualité / la actualidad", "“the news”, “current affairs” or “currently”"),
        E(Es, "en", @"(?i)\b(?:the|a|an|its|their|evening|morning|midday|night) (?:(?!most |least |more |less |very )\w+ )?informatives?\b(?= *[,.;]| (?:of|on|at|programme|program|bulletin)\b)|\binformatives\b", "el informativo / l'informatiu", "“news bulletin”"),
        E(["es"], "en", @"(?i)\bthe emitter\b|\bradio emitters?\b", "la emisora", "“radio station”"),
        E(Fr, "en", @"(?i)\b(?:our|their|his|her) confr[eè]res\b", "nos confrères", "the outlet's name, or “colleagues at”"),
        E(Romance, "en", @"(?i)\b(?:gave|give|gives|giving|given|deliver(?:ed|s|ing)?|offer(?:ed|s|ing)?|pronounc(?:e|ed|es|ing)|dictat(?:e|ed|es|ing)|impart(?:ed|s|ing)?) (?:a|an|the|his|her|their) (?:(?!press\b|news\b)\w+ )?conferences?\b", "donner une conférence / dar una conferencia", "“gave a lecture” or “gave a talk”"),
        E(Romance, "en", @"(?i)\bexercis(?:e|es|ed|ing) (?:as (?:a |an )?(?:doctor|lawyer|journalist|teacher|nurse|pharmacist|architect|judge|notary|midwife|vet|veterinarian|dentist|psychologist|engineer|\w+ist)|the profession|(?:his|her|their) profession|medicine|law|journalism)\b", "exercer comme / ejercer de", "“worked as” or “practised”"),
        E(Romance, "en", @"(?i)\bmilitat(?:e|es|ed|ing) (?:for|within|in(?! favou?r))\b", "militer pour / militar en", "“campaign for” or “be a member of”"),
        E(Fr, "en", @"(?i)\bat the issue of\b", "à l'issue de", "“at the end of” or “after”"),
        A(Fr, "en", @"(?i)\bthe issue of the (?:match|game|trial|race|duel|fight|tournament|contest|final|battle)\b", @"\bissue\b", "l'issue du match", "“the outcome of”"),
        A(Es, "en", @"(?<=^|[.!?]['""’”»]? )At the root of (?:the|this|that|these|those|a|an|his|her|their) [^.]{0,80}?,", @"\ba raíz de\b|\barran de\b", "a raíz de / arran de", "“Following” or “After”"),
        E(["es"], "en", @"(?i)\bha(?:ve|s|d) (?:no )?constancy\b", "tener constancia", "“be aware of” or “have a record of”"),
        A(Es, "en", @"(?i)\b(?:in )?face to (?:the )?(?:next|upcoming|coming|elections?|season|match|game|summer|future|\d{4}|general election|municipal elections|regional elections|vote|referendum|final)\b", @"\bde cara a\b", "de cara a", "“ahead of”"),
        E(Fr, "en", @"(?i)\bpull(?:ed|s|ing)? the alarm (?:bell|signal)\b", "tirer la sonnette d'alarme", "“sounded the alarm”"),

        // More from sport, emergencies and transport.
        E(Fr, "en", @"(?i)\bnull (?:match|game|result|draw)\b", "match nul", "“draw”"),
        E(Romance, "en", @"(?i)\bthe encounter\b(?=[^.]{0,60}\b(?:goals?|scored|score|minutes?|half|whistle|draw|penalty|referee)\b)", "la rencontre / el encuentro", "“the match” or “the game”"),
        E(Romance, "en", @"(?i)\beliminator(?:y|ies)\b", "éliminatoire / eliminatoria", "“tie” or “knockout round”"),
        E(Romance, "en", @"(?i)\breali[sz]ers?\b", "réalisateur / realizador", "“director”"),
        E(Romance, "en", @"(?i)\burgenc(?:y|ies) (?:service|services|department|departments|ward|wards|room|rooms|unit|units)\b|\b(?:to|at|in|into) (?:the )?urgencies\b", "les urgences / urgencias / urgències", "“the emergency department” or “A&E”"),
        E(Romance, "en", @"(?i)\b(?:aerial|terrestrial) means\b", "moyens aériens / medios aéreos", "“aircraft” or “ground crews”"),
        E(Es, "en", @"(?i)\bdotations?\b", "dotaciones / dotacions", "“crews” or “units”"),
        E(Romance, "en", @"\bvoyagers\b", "voyageurs / viajeros", "“passengers”"),
        A(Fr, "en", @"(?i)\bheavy weights? (?:lorr(?:y|ies)|trucks?|vehicles?|drivers?|traffic)\b|\bthe heavy weights\b(?= (?:were|are|will|must|can|cannot|blocked|overturned|jackknifed|crashed|banned)\b)", @"\bpoids[- ]lourds?\b", "poids lourds", "“lorries” or “HGVs”"),
        E(Es, "en", @"(?i)\b(?:go|goes|going|went|gone) to (?:the |a )?(?:general |indefinite |total )?strikes?\b", "ir a la huelga / anar a la vaga", "“go on strike”"),
        A(Es, "en", @"(?i)\b(?:came|come|comes|coming) to (?:add up to|add up|total|reach|exceed|surpass|number|accumulate|cost|register|record|sum)\b", @"\blleg\w*\s+a\b|\bllegó\s+a\b|\barrib\w*\s+a\b", "llegaron a sumar / van arribar a sumar", "“reached”, “totalled” or “as many as”"),
        E(Romance, "en", @"(?i)\b(?:make|makes|made|making) (?:the )?unanimity\b", "faire l'unanimité / hacer unanimidad", "“win everyone over”, or “is not universally welcomed”"),
        E(Fr, "en", @"(?i)\b(?:\w+ )?(?:months?|years?) (?:of )?(?:prison )?firm\b", "six mois ferme", "“six months in prison” (“without remission”, not suspended)"),
        E(Romance, "en", @"(?i)\b(?:assures|assured) that\b", "assure que / asegura que", "“says” or “said”"),
        E(Es, "en", @"(?i)\bexternal consultations?\b", "consultas externas", "“outpatient clinics”"),
        E(Romance, "en", @"(?i)\bat the (?:doors?|gates?) of (?:the )?(?:hospital|ministry|parliament|town hall|city hall|court|courthouse|factory|plant|school|stadium|headquarters|building|palace|prefecture|embassy)\b", "aux portes de / a las puertas de", "“outside”"),
        E(Fr, "en", @"(?i)\bseated places\b|\bsitting places\b", "places assises", "“seats”"),
        E(Romance, "en", @"(?i)\b(?:it )?(?:is|was) not excluded (?:that|to)\b|\bit is not excluded\b", "il n'est pas exclu / no se descarta", "“cannot be ruled out”"),
        E(Romance, "en", @"(?i)\b(?:Nursing|Doctors'?|Physicians'?|Lawyers'?|Architects'?|Pharmacists'?|Journalists'?) College\b|\bCollege of (?:Nurses|Nursing|Pharmacists|Architects|Lawyers|Journalists|Engineers)\b", "Colegio de Enfermería / Col·legi de Metges", "“the nurses' association” or “the professional body”"),
        E(Es, "en", @"(?i)\ba dry (?:blow|bang|knock|thud|sound|crack)\b", "un golpe seco", "“a thud”"),
        E(Es, "en", @"(?i)\b(?:are|is|were|was) paid at (?:more than |over |up to |about |around |nearly |almost )?\d", "se pagan a", "“fetch” or “sell for”"),
        E(Fr, "en", @"(?i)\bcongratulat(?:ed|es|e) (?:himself|herself|itself|themselves)\b", "se féliciter", "“welcomed” or “was pleased”"),
        E(Fr, "en", @"(?i)\bconstitut(?:ed|es|e) (?:himself|herself|itself|themselves) (?:a |as a |as )?civil part(?:y|ies)\b|\bcivil party\b", "se constituer partie civile", "“joined the case as a civil party” or “is suing for damages”"),
        A(Fr, "en", @"(?i)\b(?:at|to) the bar\b(?=,| (?:the|he|she|they|on|of)\b)", @"\bà la barre\b", "à la barre", "“in the witness box” or “in court”"),
        E(Fr, "en", @"(?i)\b(?:hold|holds|held|keep|keeps|kept) the deadlines?\b", "tenir les délais", "“meet the deadline”"),
        E(Romance, "en", @"(?i)\b(?:today|now) counts (?:\d|some|more|about|nearly|almost|over|around)|\bcounts (?:today|now) (?:\d|some|more|about|nearly|almost|over|around)", "compte aujourd'hui / cuenta hoy con", "“now has”"),
        E(Es, "en", @"(?i)\bvalu(?:ed|es) (?:the|this|that|his|her|their) (?:\w+ )?as\b|\bvalu(?:ed|es) (?:very )?(?:positively|negatively)\b", "valoró / va valorar", "“described … as” or “welcomed”"),
        E(Es, "en", @"(?<!\b(?i:the|those|these|all|its|their|his|her|our|your|my) )\b[Oo]ther \d+\b(?! (?:of|per|%))", "otros 17 / altres 17", "“another 17”"),
        E(Es, "en", @"(?i)\bbut yes (?!,)\w", "pero sí / però sí", "“but it does” / “but there is”"),
        E(Es, "en", @"(?i)\baverage range\b|\bmedium range (?=(?:shoes|footwear|products|models|cars|phones|brands))", "gama media", "“mid-range”"),
        E(Romance, "en", @"(?i)\bsince (?:years|months|weeks|decades|ages)\b", "depuis des années / desde hace años", "“for years”"),
        E(Romance, "en", @"\b[Tt]he (?:former |new |local |regional |municipal )elected\b(?! (?:officials?|representatives?|members?|councillors?|mayors?|presidents?|body|assembly|by|in|on|as|to))", "l'ancien élu / el exelecto", "“the former councillor” or “the former mayor”"),
        E(Romance, "en", @"(?i)\bforc(?:es|ed|ing|e) to (?:cancel|close|suspend|evacuate|postpone|cut|stop|reduce|delay|divert|ground|shut)\b", "obliga a cancelar / oblige à annuler", "“forces … to cancel” (with an object) or “forced the cancellation of”"),
        E(Romance, "en", @"(?i)\btens of (?!thousands|millions|billions|thousand|million|billion)\w", "des dizaines de / decenas de", "“dozens of”"),
        E(Romance, "en", @"(?i)\brecommend(?:s|ed)? to the (?:passengers|residents|public|population|citizens|drivers|users|people|travellers|visitors|neighbours|inhabitants|parents|patients)\b", "recomendó a los pasajeros / a recommandé aux", "“advised passengers to”"),
        E(Es, "en", @"(?i)\bwithout (?:electric )?light\b(?=[^.]{0,80}\b(?:homes|households|customers|subscribers|storm|outage|power|residents)\b)|\b(?:homes|households|customers|subscribers|residents) (?:(?:were|are|was|remained|left) ){0,2}without light\b", "sin luz", "“without power”"),
        E(Es, "en", @"(?i)\b(?:the )?bad sea\b", "mala mar / mal estado de la mar", "“rough seas”"),
        E(Romance, "en", @"(?i)\babundant rains?\b", "pluies abondantes / lluvias abundantes", "“heavy rain”"),
        E(["ca", "es"], "en", @"(?i)\b(?:at|by) finger\b", "a dit / a dedo", "“handpicked” or “without a tender”"),
        E(Romance, "en", $@"\bthe month of {Months}\b", "el mes de junio / le mois de juin", "“in June”"),
        E(Es, "en", @"(?i)\btriple viral (?:vaccine|jab|shot)\b", "triple vírica", "“MMR vaccine”"),
    ];
}

using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Where a French, Spanish or Catalan text marks the gender of a named person: a title with a gendered article,
/// a gendered title noun or adjective, before the name or in apposition to it (« la ministre des Transports,
/// Hélène Marchetti », « la présidente Ana Ruiz », « Laia Comas, alcaldessa de… », « Mme Durand », « el ministro
/// Choe »). Only unambiguous markings count: every gendered word of the phrase must agree. The person is keyed
/// by the last word of the name, folded (the surname in most naming orders, and stable across editions).
/// </summary>
internal static partial class GenderMarks
{
    private const string Name = @"(?<name>\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})";
    private const string Word = @"[^\s,.;:!?«»""“”()]+";
    private const string Preposition = @"(?:de la|de l['’]|de les|de los|de las|dels|del|des|du|de|d['’]|en|à la|à l['’]|aux|au|à)";

    private static readonly Dictionary<string, Language> Languages = new(StringComparer.Ordinal)
    {
        ["fr"] = new(
            Feminine: "la|une|cette|sa|Mme|Madame",
            Masculine: "le|un|ce|du|au|M\\.|Monsieur",
            FeminineTitles: "cuisinière|apicultrice|vigneronne|étudiante|enseignante|sculptrice|animatrice|commerçante|fromagère|bergère|menuisière|charpentière|meunière|salariée|employée|présidente|directrice|députée|sénatrice|avocate|chancelière|reine|princesse|ambassadrice|dirigeante|conseillère|procureure|rectrice|cheffe|candidate|élue|fondatrice|porte-parole adjointe|vice-présidente|maire adjointe|adjointe|présidente-directrice|gérante|infirmière|technicienne|chercheuse|institutrice|entraîneuse|directrice générale|joueuse|coureuse|ingénieure|professeure|docteure|chirurgienne|agricultrice|viticultrice|pêcheuse|éleveuse|historienne|ouvrière|championne|pharmacienne|boulangère|artisane|coordinatrice|autrice|écrivaine|restauratrice|conservatrice|inspectrice|physicienne|ostréicultrice|navigatrice",
            MasculineTitles: "cuisinier|apiculteur|vigneron|étudiant|enseignant|sculpteur|animateur|commerçant|fromager|berger|menuisier|charpentier|meunier|salarié|employé|président|directeur|député|sénateur|avocat|chancelier|roi|prince|ambassadeur|dirigeant|conseiller|procureur|recteur|candidat|élu|fondateur|vice-président|adjoint|président-directeur|gérant|infirmier|technicien|chercheur|instituteur|entraîneur|directeur général|joueur|coureur|ingénieur|professeur|docteur|chirurgien|agriculteur|viticulteur|pêcheur|éleveur|historien|ouvrier|champion|pharmacien|boulanger|artisan|coordinateur|auteur|écrivain|restaurateur|conservateur|inspecteur|physicien|ostréiculteur|navigateur",
            EitherTitles: "bénévole|bibliothécaire|photographe|journaliste|psychologue|dentiste|libraire|ministre|secrétaire|porte-parole|maire|juge|commissaire|chef|diplomate|première ministre|Première ministre|premier ministre|Premier ministre|biologiste|architecte|médecin|archéologue|géologue|écologue|écologiste|épidémiologiste|vétérinaire|sociologue|chimiste|archiviste|scientifique|capitaine|propriétaire|peintre|microbiologiste|économiste|cycliste|athlète|pilote|guide|responsable",
            FeminineAdjectives: "générale|adjointe|déléguée|chargée|ancienne|nouvelle|actuelle|première|Première",
            MasculineAdjectives: "général|adjoint|délégué|chargé|ancien|nouveau|actuel|premier|Premier"),
        ["es"] = new(
            Feminine: "la|una|esta|Sra\\.|señora|doña",
            Masculine: "el|un|este|del|al|Sr\\.|señor|don",
            FeminineTitles: "jefa|voluntaria|enfermera|cocinera|apicultora|bibliotecaria|fotógrafa|escultora|psicóloga|enóloga|empleada|pastora|actriz|socia|dueña|ministra|presidenta|directora|diputada|senadora|abogada|reina|princesa|embajadora|consejera|alcaldesa|jueza|gobernadora|secretaria|vicepresidenta|candidata|fundadora|concejala|consellera|delegada|fiscala|primera ministra|investigadora|bióloga|ingeniera|arquitecta|entrenadora|jugadora|corredora|profesora|doctora|médica|cirujana|agricultora|viticultora|pescadora|ganadera|historiadora|arqueóloga|geóloga|ecóloga|epidemióloga|veterinaria|socióloga|química|técnica|archivera|maestra|científica|empresaria|trabajadora|capitana|campeona|farmacéutica|panadera|artesana|propietaria|coordinadora|microbióloga|oceanógrafa|física|autora|escritora|pintora|restauradora|comisaria|conservadora|inspectora|veterana",
            MasculineTitles: "presidente|vicepresidente|jefe|voluntario|enfermero|cocinero|apicultor|bibliotecario|fotógrafo|escultor|psicólogo|enólogo|empleado|pastor|actor|socio|dueño|ministro|director|diputado|senador|abogado|rey|príncipe|embajador|consejero|alcalde|gobernador|secretario|candidato|fundador|conseller|delegado|primer ministro|investigador|biólogo|ingeniero|arquitecto|entrenador|jugador|corredor|profesor|doctor|médico|cirujano|agricultor|viticultor|pescador|ganadero|historiador|arqueólogo|geólogo|ecólogo|epidemiólogo|veterinario|sociólogo|químico|técnico|archivero|maestro|científico|empresario|trabajador|capitán|campeón|farmacéutico|panadero|artesano|propietario|coordinador|microbiólogo|oceanógrafo|físico|autor|escritor|pintor|restaurador|comisario|conservador|inspector|veterano",
            EitherTitles: "estudiante|dentista|cantante|portavoz|juez|fiscal|concejal|líder|dirigente|canciller|teniente|gerente|periodista|responsable|pediatra|especialista|economista|ciclista|atleta|artista",
            FeminineAdjectives: "general|adjunta|delegada|antigua|nueva|actual|primera",
            MasculineAdjectives: "adjunto|delegado|antiguo|nuevo|primer"),
        ["ca"] = new(
            Feminine: "la|una|aquesta|Sra\\.|senyora",
            Masculine: "el|un|aquest|del|al|Sr\\.|senyor",
            FeminineTitles: "voluntària|infermera|cuinera|apicultora|bibliotecària|fotògrafa|escultora|psicòloga|enòloga|pastora|actriu|sòcia|ministra|presidenta|directora|diputada|senadora|advocada|reina|princesa|ambaixadora|consellera|alcaldessa|jutgessa|secretària|vicepresidenta|candidata|fundadora|regidora|delegada|portaveu adjunta|tinenta|investigadora|biòloga|enginyera|arquitecta|entrenadora|jugadora|corredora|professora|doctora|metgessa|cirurgiana|agricultora|viticultora|pescadora|ramadera|historiadora|arqueòloga|geòloga|ecòloga|epidemiòloga|veterinària|sociòloga|química|tècnica|arxivera|mestra|científica|empresària|treballadora|capitana|campiona|farmacèutica|fornera|artesana|propietària|coordinadora|microbiòloga|batllessa|autora|escriptora|pintora|restauradora|comissària|conservadora|inspectora|física",
            MasculineTitles: "voluntari|infermer|cuiner|apicultor|bibliotecari|fotògraf|escultor|psicòleg|enòleg|pastor|actor|soci|ministre|president|director|diputat|senador|advocat|rei|príncep|ambaixador|conseller|alcalde|jutge|secretari|vicepresident|candidat|fundador|regidor|delegat|tinent|investigador|biòleg|enginyer|arquitecte|entrenador|jugador|corredor|professor|doctor|metge|cirurgià|agricultor|viticultor|pescador|ramader|historiador|arqueòleg|geòleg|ecòleg|epidemiòleg|veterinari|sociòleg|químic|tècnic|arxiver|mestre|científic|empresari|treballador|capità|campió|farmacèutic|forner|artesà|propietari|coordinador|microbiòleg|batlle|autor|escriptor|pintor|restaurador|comissari|conservador|inspector|físic",
            EitherTitles: "estudiant|dentista|cantant|portaveu|cap|líder|dirigent|gerent|periodista|responsable|pediatra|especialista|economista|ciclista|atleta|artista",
            FeminineAdjectives: "adjunta|delegada|antiga|nova|actual|primera",
            MasculineAdjectives: "adjunt|delegat|antic|nou|primer"),
    };

    private static readonly Dictionary<string, (Regex Before, Regex After)> Patterns = Languages.ToDictionary(
        l => l.Key,
        l => (Build(l.Value, before: true), Build(l.Value, before: false)),
        StringComparer.Ordinal);

    /// <summary>A gendered definite article and a title of the lists, perhaps with an adjective, with no name after it (see <see cref="Roles"/>).</summary>
    private static readonly Dictionary<string, Regex> RolePatterns = Languages.ToDictionary(
        l => l.Key,
        l => new Regex(
            $@"\b(?<det>(?i:el|la|le|del|al|pel|du|au|su))(?: (?<poss>(?i:seu|seva)))? (?<title>(?i:{l.Value.FeminineTitles}|{l.Value.MasculineTitles}|{l.Value.EitherTitles}))(?: (?<adj1>(?i:{l.Value.FeminineAdjectives}|{l.Value.MasculineAdjectives})))?(?=[,;:.]| \p{{Ll}})",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)),
        StringComparer.Ordinal);

    public static bool Supports(string language) => Languages.ContainsKey(LanguageTag.Primary(language));

    /// <summary>Whether the phrase (an article and a title, « el regidor ») holds a title from the language's lists, not any noun (« el legado »).</summary>
    public static bool HasListedTitle(string phrase, string language) =>
        ListedTitles.TryGetValue(LanguageTag.Primary(language), out var titles) && WordTokenizer.Tokenize(phrase).Any(w => titles.Contains(w.Text.ToLowerInvariant()));

    private static readonly Dictionary<string, HashSet<string>> ListedTitles = Languages.ToDictionary(
        l => l.Key, l => $"{l.Value.FeminineTitles}|{l.Value.MasculineTitles}|{l.Value.EitherTitles}".Split('|').ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// The gender markings of named persons in <paramref name="text"/>, with the span of the marking phrase. With
    /// <paramref name="titleDecides"/> (an edition judged, not an original read for the truth), a phrase whose article
    /// and title disagree (« sa directeur général ») is marked by its title: the article then agrees with a word the
    /// translator changed, and the title is what the reader takes the person to be.
    /// </summary>
    public static IReadOnlyList<GenderMark> Of(string text, string language, bool titleDecides = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = LanguageTag.Primary(language);
        if (!Languages.TryGetValue(primary, out var words))
        {
            return [];
        }

        var (before, after) = Patterns[primary];
        var marks = new List<GenderMark>();
        foreach (var match in before.Matches(text).Concat(after.Matches(text)))
        {
            if (Mark(match, words, primary, titleDecides) is { } mark)
            {
                marks.Add(mark);
            }
        }

        // Two titles in apposition before the name (« el investigador principal, la doctora Priya Menon »): each marks it.
        foreach (Match match in before.Matches(text))
        {
            var phrase = match.Groups["phrase"];
            var name = match.Groups["name"];
            if (phrase.Index < 2 || text[(phrase.Index - 2)..phrase.Index] != ", ")
            {
                continue;
            }

            var outer = before.Matches(text[..phrase.Index] + text[name.Index..])
                .FirstOrDefault(m => m.Groups["name"].Index == phrase.Index && m.Groups["phrase"].Index + m.Groups["phrase"].Length <= phrase.Index - 2);
            if (outer is not null && Mark(outer, words, primary) is { } mark)
            {
                marks.Add(mark with { Quote = text[mark.Start..(name.Index + name.Length)] });
            }
        }

        return marks;
    }

    /// <summary>
    /// Titles that refer back to someone named earlier, with no name of their own: a gendered definite article and a
    /// title from the lists, perhaps with an adjective of the lists, opening a sentence or after « según », « segons »,
    /// « selon » (« La investigadora subratlla », « Según el investigador, », « Le chercheur souligne », « Su presidenta
    /// recordó », « El seu president »). Not one
    /// followed by a name or a complement (« el alcalde de Vic », another person).
    /// </summary>
    public static IEnumerable<(int Start, int Length, PersonGender Gender, string Title, bool Possessive)> Roles(string text, string language)
    {
        var primary = LanguageTag.Primary(language);
        if (!Languages.TryGetValue(primary, out var words))
        {
            yield break;
        }

        foreach (Match match in RolePatterns[primary].Matches(text))
        {
            var end = match.Index + match.Length;
            var after = WordTokenizer.Tokenize(text[end..]);
            var preceding = WordTokenizer.Tokenize(text[..match.Index]);
            // At a sentence start, after "according to", or as the speaker after a quotation (« …», añadió el consejero).
            var opens = NameRuns.AtSentenceStart(text, match.Index) || (preceding.Count > 0 && preceding[^1].Text.ToLowerInvariant() is "según" or "segons" or "selon")
                || SpeakerAfterQuote().IsMatch(text[..match.Index]);
            // A relative clause set off by a comma (« la consejera, que ») describes the same person; without it, it may pick another one out.
            var commaRelative = end < text.Length && text[end] == ',';
            if (!opens || (after.Count > 0 && after[0].Text is var n && (n is "de" or "del" or "dels" or "du" or "des" || (!commaRelative && n is "que" or "qui" or "dont") || n.StartsWith("d'", StringComparison.Ordinal) || n.StartsWith("d’", StringComparison.Ordinal))))
            {
                continue;
            }

            var votes = new HashSet<PersonGender>();
            Vote(votes, match.Groups["det"].Value, words.Feminine, words.Masculine);
            Vote(votes, match.Groups["title"].Value, words.FeminineTitles, words.MasculineTitles);
            Vote(votes, match.Groups["adj1"].Value, words.FeminineAdjectives, words.MasculineAdjectives);
            if (votes.Count == 1)
            {
                // « Su presidenta », « el seu president »: someone's title, a possessive rather than an article before it.
                var possessive = match.Groups["poss"].Success || match.Groups["det"].Value.Equals("su", StringComparison.OrdinalIgnoreCase);
                yield return (match.Index, match.Length, votes.Single(), match.Groups["title"].Value, possessive);
            }
        }
    }

    private static GenderMark? Mark(Match match, Language words, string primary, bool titleDecides = false)
    {
        var gender = GenderOf(match, words, primary) ?? (titleDecides ? TitleGender(match, words) : null);
        var name = match.Groups["name"];
        var tokens = WordTokenizer.Tokenize(name.Value);
        var surname = tokens.Count > 0 ? tokens[^1] : default;
        // A noun outside the lists of titles (« la glaciòloga », « el árbitro ») marks only a full name, with an article.
        var generic = match.Groups["generic"].Success;
        // The article must say the gender too: an elided « l' » does not, and « l'obertura » (a fly-half) is a man's position.
        // And it must be a person's name: one that opens with a known given name (« le transporteur Autocars Lauragais Voyages » is a firm).
        if (generic && (tokens.Count < 2 || GivenNames.GenderOf(tokens[0].Text) is null || match.Groups["det"].Value.Length < 2 || match.Groups["det"].Value[^1] is '\'' or '’' || FunctionWords.Contains(primary, match.Groups["title"].Value)
            || !GenericEnding(primary, match.Groups["generic"].Value) || NamedAfterPeople.Contains(TextFold.Fold(match.Groups["generic"].Value))
            || IsOneOf(match.Groups["generic"].Value, words.FeminineAdjectives) || IsOneOf(match.Groups["generic"].Value, words.MasculineAdjectives)))
        {
            return null;
        }

        // An indefinite title whose complement before the name holds a name of its own (« un graveur de la rue Mercière,
        // Jeanne Vallier ») is someone else the sentence speaks of; « una trabajadora de la empresa, Inmaculada Reyes » is not.
        var phraseGroup = match.Groups["phrase"];
        var between = name.Index > phraseGroup.Index ? match.Value[(phraseGroup.Index + phraseGroup.Length - match.Index)..(name.Index - match.Index)] : "";
        if (between.Any(char.IsUpper) && match.Groups["det"].Value.ToLowerInvariant() is "un" or "una" or "une")
        {
            return null;
        }

        if (gender is { } g && surname.Text is { Length: >= 2 } && !FunctionWords.Contains(primary, tokens[0].Text))
        {
            var phrase = match.Groups["phrase"];
            return new GenderMark(TextFold.Fold(surname.Text), g, phrase.Index, phrase.Length, name.Value, match.Value);
        }

        return null;
    }

    /// <summary>Nouns of things named after people (« el premio Frederic Soler », « l'hospital Josep Trueta »): no gender of a person.</summary>
    private static readonly HashSet<string> NamedAfterPeople = new(
        ["premio", "premi", "teatro", "teatre", "estadio", "estadi", "instituto", "institut", "colegio", "col·legi", "museo", "museu", "barrio", "barri",
            "centro", "centre", "parque", "aeropuerto", "aeroport", "puerto", "paseo", "passeig", "barco", "buque", "vaixell", "trofeo", "trofeu",
            "torneo", "memorial", "certamen", "concurso", "festival", "pabellon", "pavello", "auditorio", "liceo", "plaza", "placa", "avenida", "calle",
            "carrer", "fundacion", "fundacio", "catedra", "escuela", "escola", "biblioteca", "sala", "residencia", "clinica", "beca", "medalla", "copa"],
        StringComparer.Ordinal);

    /// <summary>Whether a noun outside the lists says its gender by its ending (see <see cref="GenericGender"/>).</summary>
    private static bool GenericEnding(string language, string noun) => GenericGender(language, noun) is not null;

    /// <summary>
    /// The gender a noun of a person outside the lists says by its ending: Spanish -o and -a, Catalan -a (not -ista,
    /// -eta, -ma); Spanish and Catalan -or / -ora (« entrenador », « investigadora »), Catalan -er / -era (« arxiver »,
    /// « arxivera ») and -ic, -òleg (« el químic », « el biòleg »); French -eur / -euse / -rice and -ier / -ière (« chercheur », « chercheuse », « archiviste » says none).
    /// </summary>
    private static PersonGender? GenericGender(string language, string noun)
    {
        bool Ends(string e) => noun.EndsWith(e, StringComparison.Ordinal);
        return language switch
        {
            "es" or "ca" when Ends("ora") || (language is "ca" && Ends("era")) => PersonGender.Feminine,
            "es" or "ca" when Ends("or") || (language is "ca" && Ends("er")) => PersonGender.Masculine,
            "es" when Ends("o") => PersonGender.Masculine,
            "ca" when Ends("ic") || Ends("òleg") => PersonGender.Masculine,
            "es" or "ca" when Ends("a") && !Ends("ista") && !Ends("eta") && !Ends("ma") => PersonGender.Feminine,
            "fr" when Ends("euse") || Ends("rice") || Ends("ière") => PersonGender.Feminine,
            "fr" when Ends("eur") || Ends("ier") => PersonGender.Masculine,
            _ => null,
        };
    }

    /// <summary>The gender every gendered word of the phrase agrees on, or null when none is gendered or they disagree.</summary>
    private static PersonGender? GenderOf(Match match, Language words, string language)
    {
        var votes = new HashSet<PersonGender>();
        Vote(votes, match.Groups["det"].Value, words.Feminine, words.Masculine);
        if (match.Groups["generic"].Success)
        {
            // Spanish and Catalan nouns of persons mostly end in -o for a man and -a for a woman (not -ista, -eta, -ma).
            if (GenericGender(language, match.Groups["generic"].Value) is { } generic)
            {
                votes.Add(generic);
            }
        }

        Vote(votes, match.Groups["title"].Value, words.FeminineTitles, words.MasculineTitles);
        Vote(votes, match.Groups["adj1"].Value, words.FeminineAdjectives, words.MasculineAdjectives);
        Vote(votes, match.Groups["adj2"].Value, words.FeminineAdjectives, words.MasculineAdjectives);
        return votes.Count == 1 ? votes.Single() : null;
    }

    /// <summary>The gender the title of a listed kind says on its own, when its article says the other one.</summary>
    private static PersonGender? TitleGender(Match match, Language words)
    {
        var votes = new HashSet<PersonGender>();
        Vote(votes, match.Groups["title"].Value, words.FeminineTitles, words.MasculineTitles);
        var article = new HashSet<PersonGender>();
        Vote(article, match.Groups["det"].Value, words.Feminine, words.Masculine);
        return votes.Count == 1 && article.Count == 1 && !article.SetEquals(votes) ? votes.Single() : null;
    }

    private static void Vote(HashSet<PersonGender> votes, string word, string feminine, string masculine)
    {
        word = word.Trim();
        if (word.Length == 0)
        {
            return;
        }

        if (IsOneOf(word, feminine))
        {
            votes.Add(PersonGender.Feminine);
        }

        if (IsOneOf(word, masculine))
        {
            votes.Add(PersonGender.Masculine);
        }
    }

    private static bool IsOneOf(string word, string alternatives) =>
        alternatives.Split('|').Any(a => string.Equals(a.Replace("\\.", ".", StringComparison.Ordinal), word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Before the name: « la ministre (des Affaires étrangères,) Choe Son Hui », « Mme Durand ». After it:
    /// « Laia Comas, l'alcaldessa de Girona », « Karim Benali, secrétaire général ». A complement between the
    /// title and the name must be prepositional and followed by a comma, so a verb phrase never joins them.
    /// </summary>
    private static Regex Build(Language words, bool before)
    {
        var titles = $"{words.FeminineTitles}|{words.MasculineTitles}|{words.EitherTitles}";
        var adjectives = $"{words.FeminineAdjectives}|{words.MasculineAdjectives}";
        var determiner = $@"(?:\b(?<det>(?i:{words.Feminine}|{words.Masculine})) |(?<det>[Ll]['’]))";
        // A noun outside the lists counts only after an article (« el árbitro », « la glaciòloga »). Either may take an
        // adjective of its own right before the name (« le biologiste marin Siân Pritchard »).
        const string ownAdjective = @"(?: (?<gadj>\p{Ll}{4,})(?= \p{Lu}))?";
        var phrase = $@"(?<phrase>(?:{determiner}?(?:(?<adj1>(?i:{adjectives})) )?\b(?<title>(?i:{titles})){ownAdjective}|{determiner}(?:(?<adj1>(?i:{adjectives})) )?(?<title>(?<generic>\p{{Ll}}{{5,}})){ownAdjective})\b(?: (?<adj2>(?i:{adjectives}))\b)?)";
        var honorific = $@"(?<phrase>\b(?<det>Mme|Madame|M\.|Monsieur|Sra\.|Sr\.|señora|señor|doña|don|senyora|senyor))";
        if (before)
        {
            // A complement may end in two coordinated names (« de Castilla y León »).
            // An adjective may come first (« la ministre française de la Mer, »).
            // Or one adjective before the comma (« el archivero responsable, Laia Comas »).
            var complement = $@"(?:(?: \p{{Ll}}{{4,}})?(?: {Preposition} ?{Word}(?: \p{{L}}{Word})?(?: (?:y|i|et|e) \p{{Lu}}{Word})?){{1,3}}, |(?: \p{{Ll}}{{4,}})? ?, | )";
            return new Regex($@"(?:{phrase}{complement}|{honorific} ){Name}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        // An age may stand between the name and its apposition (« Sandrine Colombel, 47 ans, élue directrice »).
        // A noun outside the lists that a verb or a clitic follows opens the next clause (« Nerea Goikoetxea, el servicio se ha
        // diseñado »): the sentence's subject, not the name's apposition.
        return new Regex($@"{Name}, (?:\d{{1,3}} (?:ans|años|anys), )?{phrase}(?(generic)(?! (?:(?:se|ha|han|va|van|es|és|fue|fueron|era|està|está|no|ya|ja|lo|le|li|ho|hi|havia|había|sera|será|serà)\b|s['’])))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private sealed record Language(
        string Feminine,
        string Masculine,
        string FeminineTitles,
        string MasculineTitles,
        string EitherTitles,
        string FeminineAdjectives,
        string MasculineAdjectives);

    /// <summary>A closing quotation mark (with or without a comma) and one or two words, the reporting verb (« », va afegir »).</summary>
    [GeneratedRegex(@"[»”""],?\s+(?:\p{Ll}+\s+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfterQuote();
}

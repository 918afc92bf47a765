using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A proper noun written in lower case ("kyiv") where the other editions capitalise it ("Kyiv", "Kiev") in
/// their own text, not at a sentence start. A word any other edition writes in lower case anywhere is a
/// common word and is left alone; so is a word of another language's edition that its engine translated.
/// A different spelling ("Kiev" for "kyiv") counts only at about the same place in the paragraph. The
/// pivot-language edition is also compared with the other editions' pivot texts ("spain" against "Spain"),
/// for a word it writes in lower case in no other paragraph.
/// </summary>
internal sealed partial class LowercasedNameDetector(DetectionOptions options) : ArtifactDetector(options)
{
    /// <summary>
    /// Nouns English writes in lower case that French, Spanish and Catalan capitalise as institutions (« l'État »,
    /// « el Gobierno », « la Région »): in an English edition they are never taken for names written in lower case.
    /// </summary>
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "state", "states", "government", "governments", "ministry", "minister", "ministers", "president", "presidency", "army", "church", "court",
        "parliament", "senate", "council", "city", "region", "republic", "constitution", "crown", "agency", "party", "navy", "police", "kingdom",
        "union", "north", "south", "east", "west", "western", "northern", "southern", "eastern", "assembly", "chamber", "cabinet", "treasury",
        "administration", "embassy", "mayor", "town", "hall", "commission", "committee", "office", "department", "university", "school", "museum",
        "defence", "defense", "justice", "interior", "health", "education", "finance", "economy", "agriculture", "transport", "culture",
        "official", "gazette", "environment", "tourism", "sport", "sports", "planning", "housing", "heritage", "mobility", "employment", "industry",
        "energy", "security", "welfare", "youth", "equality", "trade", "commerce", "parks", "principality", "département", "roads", "highways", "fisheries", "works",
        "development", "authority", "authorities", "association", "federation", "confederation", "board", "service", "services",
        // Disciplines and hospital services, which French, Spanish and Catalan capitalise as a department's or a degree's name
        // (« Oftalmología », « Fisioteràpia »): "a physiotherapy student", "followed by ophthalmology".
        "physiotherapy", "ophthalmology", "neurology", "cardiology", "oncology", "surgery", "medicine", "nursing", "paediatrics", "pediatrics",
        "psychiatry", "radiology", "dermatology", "gynaecology", "obstetrics", "urology", "traumatology", "geriatrics", "emergency", "emergencies",
        "pharmacy", "law", "economics", "engineering", "architecture", "history", "biology", "chemistry", "physics", "mathematics", "philosophy",
        "journalism", "science", "sciences", "humanities", "neurosurgery", "rheumatology", "nephrology", "haematology", "pneumology",
        // Generic nouns of bodies, plans and competitions that English leaves in lower case when it describes rather than names them
        // ("Galicia's marine monitoring institute", "the cup also guarantees them", "the local police", "the heritage code").
        "institute", "centre", "center", "foundation", "association", "federation", "society", "service", "services", "unit", "hospital",
        "college", "academy", "library", "archive", "laboratory", "observatory", "network", "fund", "programme", "program", "strategy", "code",
        "cup", "league", "championship", "team", "club", "action", "climate", "social", "local",
    };

    /// <summary>
    /// Feast days, which English, French, Spanish and Catalan all write with a capital (« Noël », « Navidad », « Nadal »,
    /// "Christmas"; « Pâques », « Pascua », « Pasqua », "Easter"), folded. Another edition's capitalised feast, in any of
    /// the languages, is the evidence: each language names it its own way.
    /// </summary>
    private static readonly HashSet<string> Feasts = new(StringComparer.Ordinal)
    {
        "christmas", "easter", "pentecost", "epiphany", "noel", "paques", "toussaint", "pentecote", "epiphanie", "navidad", "nochebuena", "nochevieja",
        "pascua", "pentecostes", "epifania", "nadal", "pasqua", "ramadan", "hanukkah",
    };

    public override string Id => CheckIds.LowercasedName;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Judged())
        {
            var commonWords = LowerCaseWords(context, edition);
            var isPivot = context.IsPivotEdition(edition);
            var english = LanguageTag.Primary(edition.Language) == "en";
            foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                var pivotWords = isPivot ? null : WordTokenizer.Tokenize(paragraph.PivotText).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
                // A word the edition's dictionary or engine knows (only when the paragraph says which words it did not know).
                bool Known(string w) => paragraph.UnknownWords.Count > 0 && !paragraph.UnknownWords.Contains(w);
                var heads = new List<(int Start, int End)>();
                foreach (var finding in LowercasedInstitutions.Find(context, edition, paragraph, counterparts))
                {
                    heads.Add((finding.Start, finding.Start + finding.Length));
                    yield return finding;
                }

                foreach (var word in WordTokenizer.Tokenize(paragraph.Text).Select(NameRuns.AfterElision))
                {
                    if (heads.Any(h => h.Start <= word.Start && word.Start < h.End))
                    {
                        continue;
                    }

                    var capitalised = HalfLowered(word.Text) ? char.ToUpperInvariant(word.Text[0]) + word.Text[1..] : null;
                    if (capitalised is not null && counterparts.FirstOrDefault(c => WordTokenizer.Tokenize(c.Text).Any(t => t.Text == capitalised)) is { } writer)
                    {
                        // A compound name whose first part alone lost its capital (« petit-Port », « vieux-Port »).
                        yield return FindingFactory.Create(context, edition, paragraph.Index, word.Start, word.Length, (Id, Categories.Spelling, Severity.Minor),
                            $"“{word.Text}” is a name written in lower case; the other editions write “{capitalised}”.",
                            new Dictionary<string, string>(StringComparer.Ordinal) { [writer.Language] = capitalised });
                        continue;
                    }

                    if (english && isPivot && EngineCapitals.LowerCaseNationality(counterparts, word.Text) is { } nationality)
                    {
                        yield return FindingFactory.Create(context, edition, paragraph.Index, word.Start, word.Length, (Id, Categories.Spelling, Severity.Minor),
                            $"“{word.Text}” is a nationality written in lower case; English capitalises it (“{nationality.Name}”), though {nationality.Language} writes « {nationality.Own} » in lower case.",
                            new Dictionary<string, string>(StringComparer.Ordinal) { [nationality.Language] = nationality.Own });
                        continue;
                    }

                    // English writes these nouns in lower case even where they stand for one institution ("the Grand Est region",
                    // « la Région Grand Est »): the other editions' capital is their language's convention, not a name.
                    // A function word of the edition's language (« de los conciertos ») is no name, whatever name another edition opens with it (« Los Pueblos »).
                    if (!IsCandidate(word.Text, commonWords) || FunctionWords.Contains(edition.Language, word.Text) || Demonyms.IsLowerCaseLanguageName(edition.Language, word.Text)
                        || (english && (ModalNotMonth(paragraph.Text, word) || Institutions.Contains(word.Text) || (!paragraph.UnknownWords.Contains(word.Text) && DescribesBody(paragraph.Text, word)))) || InsideNameElsewhere(paragraph.Text, word) || NameTypography.LowerByConvention(edition.Language, paragraph.Text, word.Start, word.Text)
                        || NameTypography.AfterCommonNoun(edition.Language, paragraph.Text, word.Start, word.Text, Known)
                        || NameTypography.AfterLinkedHead(edition.Language, paragraph.Text, word.Start, word.Text, Known) || (pivotWords is not null && !pivotWords.Contains(word.Text) && !paragraph.UnknownWords.Contains(word.Text) && !TranslatedAlike(context, paragraph, counterparts, word.Text)))
                    {
                        continue;
                    }

                    // A word the edition's dictionary or engine knows ("route", "came") matches a name only as written, not by a similar spelling ("Roux", "Carme").
                    // After an elided article, only a word the engine or dictionaries did not know (« l'alcora »; « l'art », « l'ecologia »
                    // are words), and only as written (« l'astrophysique » is no "Astrophysics").
                    if (AfterBreedOrVariety(edition.Language, paragraph.Text, word.Start))
                    {
                        continue;
                    }

                    var elided = Elided(paragraph.Text, word);
                    if (elided && !paragraph.UnknownWords.Contains(word.Text))
                    {
                        continue;
                    }

                    // A word only the engine lacks but the language's dictionaries know (« rosace ») is a word too.
                    var knownWord = elided || (Known(word.Text) && !word.Text.Split('-').Any(part => paragraph.UnknownWords.Contains(part)))
                        || (paragraph.UnknownToLanguage is { } lexicon && !lexicon.Contains(word.Text) && paragraph.UnknownWords.Contains(word.Text));

                    var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
                    var againstPivots = isPivot && !Institutions.Contains(word.Text) && !LowerElsewhere(edition, paragraph, word.Text) && !BesideTranslatedName(context, paragraph.Text, word, counterparts);
                    foreach (var counterpart in counterparts)
                    {
                        var name = CapitalisedMatch(context, counterpart, edition.Language, word.Text, (double)word.Start / Math.Max(1, paragraph.Text.Length), againstPivots, knownWord);
                        // A name matched by a similar spelling that the paragraph itself writes as the name is not this word
                        // (« le dragage de la darse … l'entreprise Dragados »).
                        if (name is not null && TextFold.Fold(name) != TextFold.Fold(word.Text) && WordTokenizer.Tokenize(paragraph.Text).Any(w => w.Text == name))
                        {
                            continue;
                        }

                        if (name is not null)
                        {
                            evidence[counterpart.Language] = name;
                        }
                    }

                    if (evidence.Count == 0 && Feasts.Contains(TextFold.Fold(word.Text)))
                    {
                        foreach (var counterpart in counterparts)
                        {
                            if (WordTokenizer.Tokenize(counterpart.Text).FirstOrDefault(w => TextFold.IsCapitalised(w.Text) && Feasts.Contains(TextFold.Fold(w.Text))) is { Text.Length: > 0 } feast)
                            {
                                evidence[counterpart.Language] = feast.Text;
                            }
                        }
                    }

                    // A place the engine did not know, which the others name in their own languages (« pays de galles » against
                    // « Gales », "Wales"): the list of places' forms says it is the same name.
                    if (evidence.Count == 0 && paragraph.UnknownWords.Contains(word.Text) && TextFold.IsLowerWord(word.Text)
                        && (paragraph.UnknownToLanguage is null || paragraph.UnknownToLanguage.Contains(word.Text)))
                    {
                        foreach (var counterpart in counterparts)
                        {
                            if (Exonyms.CapitalisedFormIn(word.Text, counterpart.Text) is { } place)
                            {
                                evidence[counterpart.Language] = place;
                            }
                        }
                    }

                    if (evidence.Count == 0 && paragraph.UnknownWords.Contains(word.Text) && !LowerElsewhere(edition, paragraph, word.Text) && ElsewhereInArticle(context, edition, word.Text) is { } elsewhere)
                    {
                        evidence[elsewhere.Language] = elsewhere.Name;
                    }

                    // A common word of the edition's language whose capital the other editions give it only inside a longer name
                    // (« Departament de Fisioteràpia », "Institute of Marine Research"): the edition described, it did not name.
                    if (evidence.Count == 0 || (!paragraph.UnknownWords.Contains(word.Text) && (!isPivot || english)
                        && !NeighbourInName(paragraph.Text, word, evidence, counterparts) && !(english && CapitalisedNeighbour(paragraph.Text, word))
                        && evidence.All(e => counterparts.FirstOrDefault(c => c.Language == e.Key) is { } c
                            && (c.Text.Contains(e.Value, StringComparison.Ordinal) ? OnlyInsideLongerNames(c.Text, e.Value) : OnlyInsideLongerNames(c.PivotText, e.Value)))))
                    {
                        continue;
                    }

                    // Only English capitalises it, and another Romance edition writes it in lower case: a Romance convention.
                    if (!english && evidence.Keys.All(l => LanguageTag.Primary(l) == "en") && LowerInAnotherRomanceEdition(counterparts, word.Text))
                    {
                        continue;
                    }

                    var names = string.Join(", ", evidence.Values.Distinct(StringComparer.Ordinal).Select(n => "“" + n + "”"));
                    var message = $"“{word.Text}” is a name written in lower case; the other editions write {names}.";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, word.Start, word.Length,
                        (Id, Categories.Spelling, Severity.Minor), message, evidence);
                }
            }
        }
    }

    /// <summary>
    /// Whether an English word in lower case opens a description of a body ("its preventive medicine department", "La
    /// Rioja's professional association of dietitians"): one or two lower-case words, then a generic noun English leaves
    /// in lower case. A word that ends like a nationality ("catalan government", "spanish navy") is no description.
    /// </summary>
    private static bool DescribesBody(string text, TextSpan word)
    {
        if (word.Text.Contains('-', StringComparison.Ordinal) || NationalityEndings.Any(e => word.Text.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        // Up to three words on, a plural possessive between them ("the textile employers' association").
        var next = WordTokenizer.Tokenize(text[word.End..]).Take(3).ToList();
        for (var k = 0; k < next.Count; k++)
        {
            var gap = text[(k == 0 ? word.End : word.End + next[k - 1].End)..(word.End + next[k].Start)];
            if (gap is not (" " or "' " or "’ ") || !TextFold.IsLowerWord(next[k].Text))
            {
                return false;
            }

            if (Institutions.Contains(next[k].Text) && next[k].Text is not ("state" or "states" or "north" or "south" or "east" or "west" or "city" or "town"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NationalityEndings = ["an", "ish", "ese", "ch", "que", "i"];

    /// <summary>A hyphenated word whose first part is in lower case and a later part capitalised (« petit-Port »).</summary>
    private static bool HalfLowered(string word)
    {
        var parts = word.Split('-');
        return parts.Length >= 2 && parts[0].Length >= 2 && TextFold.IsLowerWord(parts[0]) && parts.Skip(1).Any(p => p.Length >= 2 && char.IsUpper(p[0]));
    }

    /// <summary>
    /// Whether another French, Spanish or Catalan edition writes a word of the same stem (first five letters, folded) in
    /// lower case in its aligned paragraph and never capitalised there: these languages write the adjectives of peoples,
    /// periods and styles in lower case (« vikingos », « carolingiens », « tropicale ») where English capitalises them
    /// ("Viking", "Carolingian"), so an English capital alone is then no evidence against a Romance edition. A capital
    /// inside a longer name there (« el Govern balear … les Illes Balears ») does not count against it.
    /// </summary>
    private static bool LowerInAnotherRomanceEdition(IReadOnlyList<Counterpart> counterparts, string word)
    {
        if (word.Length < 5)
        {
            return false;
        }

        var stem = TextFold.Fold(word)[..5];
        return counterparts.Any(c => LanguageTag.Primary(c.Language) is "fr" or "es" or "ca"
            && WordTokenizer.Tokenize(c.Text).Where(w => w.Text.Length >= 5 && TextFold.Fold(w.Text).StartsWith(stem, StringComparison.Ordinal)) is var same
            && same.Any(w => TextFold.IsLowerWord(w.Text)) && same.Where(w => TextFold.IsCapitalised(w.Text)).All(w => OnlyInsideLongerNames(c.Text, w.Text)));
    }

    /// <summary>
    /// Whether the word's lower-case neighbour stands where another edition's name has a capitalised neighbour of the
    /// same word (« consell regulador » beside « Consejo Regulador »): the whole name was written in lower case.
    /// </summary>
    private static bool NeighbourInName(string text, TextSpan word, Dictionary<string, string> evidence, IReadOnlyList<Counterpart> counterparts)
    {
        var words = WordTokenizer.Tokenize(text).ToList();
        var i = words.FindIndex(w => w.Start == word.Start);
        foreach (var step in new[] { -1, 1 })
        {
            // Over a link (« casa de cultura » beside « Casa de Cultura »).
            var side = OverLink(words, i, step);
            if (i + side < 0 || i + side >= words.Count || !TextFold.IsLowerWord(words[i + side].Text) || words[i + side].Text.Length < 4)
            {
                continue;
            }

            foreach (var theirs in counterparts.Where(c => evidence.ContainsKey(c.Language))
                .SelectMany(c => new[] { c.Text, c.PivotText }.Distinct(StringComparer.Ordinal).Select(t => (Name: evidence[c.Language], Words: WordTokenizer.Tokenize(t).ToList()))))
            {
                if (Enumerable.Range(0, theirs.Words.Count).Any(k => theirs.Words[k].Text == theirs.Name && k + side >= 0 && k + side < theirs.Words.Count
                    && TextFold.IsCapitalised(theirs.Words[k + side].Text) && theirs.Words[k + side].Text.Length >= 4))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word's neighbour in the edition's own text (over a link word) is capitalised, not at a sentence start:
    /// the edition wrote part of a name in lower case ("basque Country", "costa del Sol").
    /// </summary>
    private static bool CapitalisedNeighbour(string text, TextSpan word)
    {
        var words = WordTokenizer.Tokenize(text).ToList();
        var i = words.FindIndex(w => w.Start == word.Start);
        foreach (var step in new[] { -1, 1 })
        {
            var side = OverLink(words, i, step);
            if (i + side >= 0 && i + side < words.Count && TextFold.IsCapitalised(words[i + side].Text) && words[i + side].Text.Length >= 3
                && !AtSentenceStart(text, words[i + side].Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The step to the word's neighbour on one side, over a link word (« casa de cultura », "costa del Sol").</summary>
    private static int OverLink(List<TextSpan> words, int i, int step) =>
        i + step >= 0 && i + step < words.Count && words[i + step].Text is "de" or "del" or "of" or "du" or "des" ? 2 * step : step;

    /// <summary>Whether every place the text capitalises the word lies inside a name of two capitalised words or more.</summary>
    private static bool OnlyInsideLongerNames(string text, string name)
    {
        var runs = NameRuns.Of(text);
        var places = WordTokenizer.Tokenize(text).Where(w => w.Text == name).ToList();
        return places.Count > 0 && places.All(w => runs.Any(r => r.Start <= w.Start && w.End <= r.Start + r.Length
            && WordTokenizer.Tokenize(r.Text).Count(t => TextFold.IsCapitalised(t.Text)) >= 2));
    }

    private bool IsCandidate(string word, HashSet<string> commonWords) =>
        word.Length >= Options.LowercasedNameMinLength && word.All(c => char.IsLetter(c) || c == '-') && TextFold.IsLowerWord(word)
        && !commonWords.Contains(TextFold.Fold(word));

    /// <summary>The capitalised word of the counterpart, not at a sentence start, that is this word's name, or null.</summary>
    private static string? CapitalisedMatch(DetectionContext context, Counterpart counterpart, string language, string word, double position, bool judgedIsPivot, bool knownWord)
    {
        var folded = TextFold.Fold(word);
        var isPivot = context.IsPivotEdition(counterpart.Edition);
        var pivotWords = isPivot ? null : WordTokenizer.Tokenize(counterpart.PivotText).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in WordTokenizer.Tokenize(counterpart.Text).Select(NameRuns.AfterElision))
        {
            if (!TextFold.IsCapitalised(candidate.Text) || AtSentenceStart(counterpart.Text, candidate.Start))
            {
                continue;
            }

            var exact = TextFold.Fold(candidate.Text) == folded;
            var kept = pivotWords is null || pivotWords.Contains(candidate.Text);
            var near = Math.Abs(((double)candidate.Start / Math.Max(1, counterpart.Text.Length)) - position) <= 0.2;
            // An acronym (« LEDs », "LED") is no proper noun: « leds » is the word the language made of it.
            var acronym = IsAcronym(candidate.Text);
            if ((exact || (kept && near && !knownWord && TextFold.SameName(candidate.Text, word))) && !acronym && !Demonyms.IsLowerCaseDemonym(language, word, candidate.Text))
            {
                return candidate.Text;
            }
        }

        // The pivot-language edition may also be compared with the other editions' pivot texts, which are in its language.
        if (judgedIsPivot && !isPivot)
        {
            foreach (var candidate in WordTokenizer.Tokenize(counterpart.PivotText))
            {
                if (TextFold.IsCapitalised(candidate.Text) && !AtSentenceStart(counterpart.PivotText, candidate.Start)
                    && !AfterDisplacedStart(counterpart.PivotText, candidate.Start) && TextFold.Fold(candidate.Text) == folded
                    && !EngineCapitals.CarriedFromName(counterpart, candidate))
                {
                    return candidate.Text;
                }
            }
        }

        return null;
    }

    /// <summary>An acronym, with or without a plural "s" (« LEDs », "UNESCO"): no proper noun a lower-case word could be.</summary>
    private static bool IsAcronym(string word) => word.Length >= 2 && word.TrimEnd('s').All(char.IsUpper);

    private static bool Elided(string text, TextSpan word) => word.Start > 0 && text[word.Start - 1] is '\'' or '’';

    /// <summary>
    /// The other editions' name, anywhere in the article, that the word is in lower case (« cabanilles » for
    /// "Irene Cabanilles"), when its paragraph has no counterpart or the counterpart writes it only at a sentence
    /// start: the same letters, capitalised inside a sentence, and never written in lower case by any edition. Asked
    /// only for a word the edition's engine or dictionaries did not know: a known word ("centre", "art") capitalised
    /// elsewhere is part of a longer name there.
    /// </summary>
    private static (string Language, string Name)? ElsewhereInArticle(DetectionContext context, Edition edition, string word)
    {
        var folded = TextFold.Fold(word);
        foreach (var other in context.Editions.Where(e => !ReferenceEquals(e, edition)))
        {
            foreach (var text in other.Paragraphs.Where(p => p.Kind != BlockKind.Heading).Select(p => p.Text))
            {
                foreach (var candidate in WordTokenizer.Tokenize(text).Select(NameRuns.AfterElision))
                {
                    if (TextFold.IsCapitalised(candidate.Text) && !AtSentenceStart(text, candidate.Start) && TextFold.Fold(candidate.Text) == folded
                        && !IsAcronym(candidate.Text))
                    {
                        return (other.Language, candidate.Text);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether another edition writes the same word capitalised as a name (« pont de la Barca ») and its engine
    /// rendered it as a capitalised word ("the bridge of the Boat") that this edition's engine gives in lower case
    /// ("the bridge of the boat"): both engines translated the word, so the capital is what the edition lost.
    /// </summary>
    private static bool TranslatedAlike(DetectionContext context, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts, string word)
    {
        var folded = TextFold.Fold(word);
        var mine = WordTokenizer.Tokenize(paragraph.PivotText).Where(w => TextFold.IsLowerWord(w.Text)).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var counterpart in counterparts.Where(c => !context.IsPivotEdition(c.Edition)))
        {
            var own = WordTokenizer.Tokenize(counterpart.Text);
            var ownWords = own.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            foreach (var name in own.Where(w => TextFold.IsCapitalised(w.Text) && TextFold.Fold(w.Text) == folded && !AtSentenceStart(counterpart.Text, w.Start)))
            {
                var position = (double)name.Start / Math.Max(1, counterpart.Text.Length);
                if (WordTokenizer.Tokenize(counterpart.PivotText).Any(w => TextFold.IsCapitalised(w.Text) && w.Length >= 3 && !ownWords.Contains(w.Text)
                    && !AtSentenceStart(counterpart.PivotText, w.Start) && mine.Contains(w.Text.ToLowerInvariant())
                    && Math.Abs(((double)w.Start / Math.Max(1, counterpart.PivotText.Length)) - position) <= 0.1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word stands beside a name the edition keeps in another edition's language, a name that edition's
    /// engine translated into words ("Girona's old quarter, the Barri Vell", where the Catalan « Barri Vell » comes out
    /// "Old Neighbourhood"): the word describes that name in the edition's own words, and the capital the other
    /// editions' pivot texts give it is their engines' rendering of the name, not a name written in lower case.
    /// </summary>
    private static bool BesideTranslatedName(DetectionContext context, string text, TextSpan word, IReadOnlyList<Counterpart> counterparts)
    {
        const int Reach = 40;
        foreach (var run in NameRuns.Of(text))
        {
            var gap = run.Start > word.End ? run.Start - word.End : word.Start - run.End;
            if (gap < 0 || gap > Reach)
            {
                continue;
            }

            var runWords = WordTokenizer.Tokenize(run.Text).Select(w => w.Text).Where(w => w.Length >= 3).ToList();
            var translated = counterparts.Any(c => !context.IsPivotEdition(c.Edition) && c.Text.Contains(run.Text, StringComparison.Ordinal)
                && runWords.Count > 0 && runWords.All(w => !WordTokenizer.Tokenize(c.PivotText).Any(p => p.Text == w)));
            if (translated)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the paragraph itself writes the word capitalised only inside a longer name (« une association
    /// professionnelle, la West Cornwall Ring-Netters' Association »): the edition knows the name, and its
    /// lower-case use is the common noun.
    /// </summary>
    private static bool InsideNameElsewhere(string text, TextSpan word)
    {
        var capitalised = char.ToUpperInvariant(word.Text[0]) + word.Text[1..];
        var words = WordTokenizer.Tokenize(text);
        for (var i = 1; i < words.Count; i++)
        {
            var gap = text[words[i - 1].End..words[i].Start];
            if (words[i].Text == capitalised && char.IsUpper(words[i - 1].Text[0]) && gap.Trim('\'', '’').Trim().Length == 0 && gap.Length <= 2
                && !NameRuns.AtSentenceStart(text, words[i - 1].Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// English "may" as the verb, not the month: no day's number, no preposition of time before it, no number after it
    /// ("only cheese … may be sold"; not "on 15 may", "in may", "may 15").
    /// </summary>
    private static bool ModalNotMonth(string text, TextSpan word) =>
        word.Text == "may" && !MonthBefore().IsMatch(text[..word.Start]) && !NumberAfter().IsMatch(text[word.End..]);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\d(?:st|nd|rd|th)?|\b(?:in|of|since|until|from|early|late|mid|last|next|this|by|before|after|during|to))\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MonthBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NumberAfter();

    /// <summary>Whether the edition writes the word in lower case in another paragraph too: then it is a common word of its language.</summary>
    private static bool LowerElsewhere(Edition edition, Paragraph paragraph, string word) =>
        edition.Paragraphs.Any(p => p.Index != paragraph.Index && WordTokenizer.Tokenize(p.Text).Any(w => w.Text == word));

    /// <summary>Words the other editions write in lower case anywhere (their own text, and their pivot text when it is in this edition's language).</summary>
    private static HashSet<string> LowerCaseWords(DetectionContext context, Edition edition)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var samePivot = context.IsPivotEdition(edition);
        foreach (var other in context.Editions.Where(e => !ReferenceEquals(e, edition)))
        {
            foreach (var p in other.Paragraphs)
            {
                var texts = samePivot ? new[] { p.Text, p.PivotText } : [p.Text];
                // After an elided article too: « l'aubrac » writes the breed's name in lower case.
                foreach (var w in texts.SelectMany(t => WordTokenizer.Tokenize(t).Select(NameRuns.AfterElision)))
                {
                    if (TextFold.IsLowerWord(w.Text))
                    {
                        set.Add(TextFold.Fold(w.Text));
                    }
                }
            }
        }

        return set;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> of a pivot text follows a lower-case first word of its sentence or
    /// quotation (« «we Can document it »): engines carry the source's initial capital to the word that renders it,
    /// which need not come first, so that capital is a sentence start, not a name.
    /// </summary>
    private static bool AfterDisplacedStart(string text, int i)
    {
        var end = i;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '\''))
        {
            start--;
        }

        return start < end && TextFold.IsLowerWord(text[start..end]) && AtSentenceStart(text, start);
    }

    internal static bool AtSentenceStart(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '«' or '(' or '‘' or '\'' or '—' or '–' or '-' or '¿' or '¡'))
        {
            k--;
        }

        return k < 0 || SentenceSegmenter.IsTerminal(text[k]) || text[k] == ':';
    }

    /// <summary>
    /// Whether a Spanish or Catalan word follows the noun of a breed or a variety (« ovejas de raza lacaune », « la variedad
    /// garnacha », « uva tempranillo »): those languages write such names in lower case.
    /// </summary>
    private static bool AfterBreedOrVariety(string language, string text, int start) =>
        LanguageTag.Primary(language) is "es" or "ca" && BreedNouns.Contains(NumberParser.PreviousWord(text, start));

    private static readonly HashSet<string> BreedNouns = new(
        ["raza", "razas", "raça", "races", "variedad", "variedades", "varietat", "varietats", "uva", "uvas", "raïm", "cepa", "cepas"],
        StringComparer.OrdinalIgnoreCase);
}

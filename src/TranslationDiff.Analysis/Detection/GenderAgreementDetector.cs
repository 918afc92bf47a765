using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A person whose gender the original marks (« la ministre des Affaires étrangères, Choe Son Hui », « el
/// alcalde Pere Vidal », or in an English original the pronouns that refer back to a name: "Sarah Hallam … she") and an edition that gives that person the other gender: an English pronoun or honorific
/// ("his Russian counterpart" for her counterpart, "Mr" for a woman), a French, Spanish or Catalan title or
/// article of the other gender (« el ministro » for « la ministre »), or a pronoun of theirs that can only mean a
/// person (« explicó él », « a-t-il averti »; see <see cref="RomancePronouns"/>). The original's marking must be
/// unambiguous (every gendered word of its phrase agreeing, and the same in every place it names the person);
/// pronouns are judged only when that person is the nearest one mentioned before them (see
/// <see cref="PronounReferences"/>).
/// </summary>
internal sealed partial class GenderAgreementDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.GenderAgreement;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var source = context.OriginalOrReference();
        var englishSource = source is not null && LanguageTag.SameLanguage(source.Language, "en");
        if (source is null || (!englishSource && !GenderMarks.Supports(source.Language)))
        {
            yield break;
        }

        var truths = context.Editions
            .Where(e => LanguageTag.SameLanguage(e.Language, "en") || GenderMarks.Supports(e.Language))
            .ToDictionary(e => e, e => LanguageTag.SameLanguage(e.Language, "en") ? EnglishTruth(context, e) : Truth(e));
        var reported = new HashSet<(Edition, int, int)>();
        foreach (var edition in context.Editions.Where(e => !ReferenceEquals(e, source)))
        {
            var english = LanguageTag.SameLanguage(edition.Language, "en");
            if ((english && englishSource) || (!english && !GenderMarks.Supports(edition.Language)))
            {
                continue;
            }

            var truth = TruthFor(edition, source, truths);
            if (truth.Count == 0)
            {
                foreach (var named in english ? [] : edition.Paragraphs.SelectMany(p => FirstNameAgainst(context, p, edition, source, truths, reported)))
                {
                    yield return named;
                }

                continue;
            }

            AddMisspeltSurnames(edition, truth);

            var blocks = english ? Blocker(context, edition) : null;
            foreach (var paragraph in edition.Paragraphs)
            {
                var references = (english
                    ? truth.Keys.SelectMany(person => PronounReferences.Of(paragraph.Text, person, blocks!).Select(r => (r.Start, r.Length, r.Gender, Person: person)))
                    : GenderMarks.Of(paragraph.Text, edition.Language, titleDecides: true).Select(m => (m.Start, m.Length, m.Gender, m.Person))
                        .Concat(RomancePronouns.Supports(edition.Language)
                            ? truth.Keys.SelectMany(person => RomancePronouns.Of(paragraph.Text, person, edition.Language).Select(r => (r.Start, r.Length, r.Gender, Person: person)))
                            : []))
                    .Concat(english ? [] : RoleMarks(paragraph.Text, edition.Language, truth.Keys).Select(m => (m.Start, m.Length, m.Gender, m.Person)))
                    .Concat(CarriedOver(edition, paragraph, truth.Keys, english, blocks));
                foreach (var (start, length, gender, person) in references.OrderBy(r => r.Start).DistinctBy(r => r.Start).ToList())
                {
                    if (!truth.TryGetValue(person, out var known) || gender == known.Gender)
                    {
                        continue;
                    }

                    var (expected, mark, sourceParagraph, witness) = known;
                    var sourceText = witness.Paragraphs[sourceParagraph].Text;
                    var flagged = paragraph.Text.Substring(start, length);
                    var who = expected == PersonGender.Feminine ? "a woman" : "a man";
                    var message = english
                        ? $"“{flagged}” refers to {mark.Name}, whom the {Described(witness, source)} names as {who} (« {mark.Quote} »): write “{Suggest(flagged)}”."
                        : $"« {flagged} » gives {mark.Name} the wrong gender: the {Described(witness, source)} names {(expected == PersonGender.Feminine ? "her" : "him")} as {who} (« {mark.Quote} »).";
                    var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [witness.Language] = Snippets.SentenceAround(sourceText, mark.Start, witness.Language),
                    };
                    reported.Add((edition, paragraph.Index, start));
                    yield return FindingFactory.Create(context, edition, paragraph.Index, start, length,
                        (Id, Categories.Mistranslation, Severity.Major), message, evidence);
                }

                foreach (var named in english ? [] : FirstNameAgainst(context, paragraph, edition, source, truths, reported))
                {
                    yield return named;
                }
            }
        }

        foreach (var finding in UnnamedRoles(context, source, reported))
        {
            yield return finding;
        }

        foreach (var finding in Speakers(context, source, reported, e => TruthFor(e, source, truths)))
        {
            yield return finding;
        }
    }

    /// <summary>
    /// Speakers compared with the original's aligned paragraph (see <see cref="ReportedSpeakers"/>): “…,” he explained
    /// where the original has « … », a-t-elle expliqué. Each kind (a reporting clause, an attribution) is paired in order
    /// only when both paragraphs hold as many of it.
    /// </summary>
    private IEnumerable<Finding> Speakers(
        DetectionContext context, Edition source, HashSet<(Edition, int, int)> reported,
        Func<Edition, Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)>> truthOf)
    {
        if (!ReportedSpeakers.Supports(source.Language))
        {
            yield break;
        }

        foreach (var edition in context.Editions.Where(e => !ReferenceEquals(e, source) && ReportedSpeakers.Supports(e.Language)))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                var counterpart = context.CounterpartsOf(edition, paragraph.Index).FirstOrDefault(c => ReferenceEquals(c.Edition, source));
                if (counterpart is null)
                {
                    continue;
                }

                var theirs = ReportedSpeakers.Of(counterpart.Text, source.Language);
                var mine = ReportedSpeakers.Of(paragraph.Text, edition.Language);
                foreach (var attribution in (bool[])[false, true])
                {
                    var a = theirs.Where(s => s.Attribution == attribution).ToList();
                    var b = mine.Where(s => s.Attribution == attribution).ToList();
                    var pairs = a.Count == b.Count
                        ? a.Zip(b, (o, m) => (Original: (Start: o.Start, Length: o.Length, o.Gender), Speaker: m)).ToList()
                        : attribution ? [] : ByQuotation(counterpart.Text, source.Language, paragraph.Text, b, truthOf(edition));
                    foreach (var (original, speaker) in pairs)
                    {
                        if (original.Gender == speaker.Gender || reported.Contains((edition, paragraph.Index, speaker.Start)))
                        {
                            continue;
                        }

                        var flagged = paragraph.Text.Substring(speaker.Start, speaker.Length);
                        var quote = counterpart.Text.Substring(original.Start, original.Length);
                        var who = original.Gender == PersonGender.Feminine ? "a woman" : "a man";
                        var message = $"« {flagged} » makes the speaker {(who == "a woman" ? "a man" : "a woman")}: the {source.Language} original reports {who} (« {quote} »).";
                        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            [source.Language] = Snippets.SentenceAround(counterpart.Text, original.Start, source.Language),
                        };
                        reported.Add((edition, paragraph.Index, speaker.Start));
                        yield return FindingFactory.Create(context, edition, paragraph.Index, speaker.Start, speaker.Length,
                            (Id, Categories.Mistranslation, Severity.Major), message, evidence);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Titles with no name of their own, compared with the original's aligned paragraph: « Su presidenta recordó »
    /// rendered « El seu president va recordar ». The edition's title and the original's share a stem (first five letters,
    /// folded) and each text gives that title one gender only, the two opposite.
    /// </summary>
    private IEnumerable<Finding> UnnamedRoles(DetectionContext context, Edition source, HashSet<(Edition, int, int)> reported)
    {
        if (!GenderMarks.Supports(source.Language))
        {
            yield break;
        }

        foreach (var edition in context.Editions.Where(e => !ReferenceEquals(e, source) && GenderMarks.Supports(e.Language)))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                var counterpart = context.CounterpartsOf(edition, paragraph.Index).FirstOrDefault(c => ReferenceEquals(c.Edition, source));
                if (counterpart is null)
                {
                    continue;
                }

                var theirs = GenderMarks.Roles(counterpart.Text, source.Language).ToList();
                var mine = GenderMarks.Roles(paragraph.Text, edition.Language).ToList();
                foreach (var role in mine)
                {
                    var stem = TitleStem(role.Title);
                    var same = theirs.Where(t => TitleStem(t.Title) == stem).ToList();
                    if (same.Count == 0 || same.Any(t => t.Gender == role.Gender) || mine.Any(m => TitleStem(m.Title) == stem && m.Gender != role.Gender)
                        || reported.Contains((edition, paragraph.Index, role.Start)))
                    {
                        continue;
                    }

                    var flagged = paragraph.Text.Substring(role.Start, role.Length);
                    var quote = counterpart.Text.Substring(same[0].Start, same[0].Length);
                    var message = $"« {flagged} » gives the {role.Title} the wrong gender: the {source.Language} original says « {quote} ».";
                    var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [source.Language] = Snippets.SentenceAround(counterpart.Text, same[0].Start, source.Language),
                    };
                    yield return FindingFactory.Create(context, edition, paragraph.Index, role.Start, role.Length,
                        (Id, Categories.Mistranslation, Severity.Major), message, evidence);
                }
            }
        }
    }

    /// <summary>
    /// When the original gives its speakers no pronoun (« «…», explicó. », the Spanish and Catalan way), the edition's
    /// speaker pronouns are paired by quotation instead, when both paragraphs hold as many quotations: the pronoun right
    /// after the edition's n-th quotation against whoever the original names right after its n-th (« va dir la
    /// consellera », « explicó Lucía Arnal ») or, with the subject dropped, the last person it named before it; that
    /// person's gender comes from the original's marking (<paramref name="truth"/>) or the title itself.
    /// </summary>
    private static List<((int Start, int Length, PersonGender Gender) Original, ReportedSpeakers.Speaker Speaker)> ByQuotation(
        string original, string language, string text, IReadOnlyList<ReportedSpeakers.Speaker> speakers,
        Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)> truth)
    {
        var quotations = RomancePronouns.Quotes().Matches(original).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var theirs = quotations.Select(q => q.End).ToList();
        var mine = RomancePronouns.Quotes().Matches(text).Select(m => m.Index + m.Length).ToList();
        var pairs = new List<((int Start, int Length, PersonGender Gender) Original, ReportedSpeakers.Speaker Speaker)>();
        if (theirs.Count != mine.Count || theirs.Count == 0)
        {
            return pairs;
        }

        foreach (var speaker in speakers)
        {
            var k = mine.FindLastIndex(end => end <= speaker.Start);
            if (k < 0 || WordTokenizer.Tokenize(text[mine[k]..speaker.Start]).Count > 2)
            {
                continue;
            }

            var end = theirs[k];
            var clause = ClauseAfter().Match(original[end..]);
            if (!clause.Success)
            {
                continue;
            }

            // « », va dir la consellera / explicó el alcalde: the title says it.
            var clauseText = original.Substring(end, clause.Length);
            if (GenderMarks.Roles(clauseText, language).FirstOrDefault() is { Length: > 0 } role && !role.Possessive)
            {
                pairs.Add(((end + role.Start, role.Length, role.Gender), speaker));
                continue;
            }

            // « », explicó Lucía Arnal: the person named there; with the subject dropped, the last person named before the
            // quotation whom the original gives a gender, with no other full name (someone else) after them.
            var names = NameRuns.Of(original).Where(r => r.Start < end + clause.Length && !quotations.Any(q => r.Start > q.Index && r.Start < q.End)).ToList();
            var last = names.FindLastIndex(r => r.End <= end && truth.ContainsKey(Surname(r)));
            var named = names.LastOrDefault(r => r.Start >= end) is { Length: > 0 } after ? after
                : last >= 0 && clause.Groups["dropped"].Success && !names.Skip(last + 1).Any(r => r.End <= end && r.Text.Contains(' ', StringComparison.Ordinal) && Surname(r) != Surname(names[last])) ? names[last]
                : default;
            if (named.Length == 0)
            {
                continue;
            }

            if (truth.TryGetValue(Surname(named), out var known))
            {
                pairs.Add(((named.Start, named.Length, known.Gender), speaker));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The reporting clause right after a quotation, to the next stop or comma: a verb and, when the subject follows,
    /// the subject; "dropped" when the clause ends after the verb and its complement (« », explicó a este diario. »).
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*(?:va\s+|a\s+|ha\s+)?\p{Ll}+(?:(?<dropped>(?=\s*[.;,])|\s+(?:a|al|ante|en|de|durante|tras|amb|davant|a\s+l['’]|aux?|devant|lors)\b[^.;,»”""]*)|\s+(?:\p{Lu}|el\s|la\s|l['’]|le\s)[^.;,»”""]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseAfter();

    private static string TitleStem(string title) => TextFold.Fold(title) is var folded && folded.Length > 5 ? folded[..5] : folded;

    /// <summary>
    /// The persons whose gender the judged edition must give: those the original marks, and those the original leaves
    /// unmarked (an English original with no pronoun after the name) that every other edition marking them marks alike.
    /// </summary>
    private static Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)> TruthFor(
        Edition edition, Edition source, Dictionary<Edition, Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)>> truths)
    {
        // The original's marking is not taken against the person's first name either: « un graveur …, Jeanne Vallier » is
        // the engraver Jeanne worked for, not Jeanne.
        var truth = truths.TryGetValue(source, out var original)
            ? original.Where(t => FirstNameGender(t.Value.Mark.Name) is not { } named || named == t.Value.Gender).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal)
            : new Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)>(StringComparer.Ordinal);
        var witnesses = truths.Where(t => !ReferenceEquals(t.Key, edition) && !ReferenceEquals(t.Key, source)).SelectMany(t => t.Value).GroupBy(t => t.Key, StringComparer.Ordinal);
        // Another edition's marking is taken only when it agrees with the person's first name: with the original silent, a
        // careful and a careless translation would each stand witness against the other.
        foreach (var person in witnesses.Where(g => !truth.ContainsKey(g.Key) && g.Select(t => t.Value.Gender).Distinct().Count() == 1))
        {
            var entry = person.First().Value;
            if (FirstNameGender(entry.Mark.Name) == entry.Gender)
            {
                truth[person.Key] = entry;
            }
        }

        // A Spanish or Catalan name of two surnames is then written with the first alone (« Marta Ibáñez Roca … Ibáñez
        // explicó »): that surname names the person too, unless it names someone else already.
        foreach (var (_, entry) in truth.ToList())
        {
            var words = WordTokenizer.Tokenize(entry.Mark.Name).Select(w => w.Text).Where(w => w is not ("i" or "y")).ToList();
            if (LanguageTag.Primary(entry.Witness.Language) is "es" or "ca" && words.Count is 3 or 4 && words.All(w => char.IsUpper(w[0])) && words[^2] is { Length: >= 4 } surname && GivenNames.GenderOf(surname) is null
                && TextFold.Fold(surname) is var alias && !truth.ContainsKey(alias))
            {
                truth[alias] = entry;
            }
        }

        // A surname the original gives a man and a woman alike (« el fotògraf Ramon Farràs … la seva néta, Núria Farràs »)
        // names two persons: no marking keyed by it can be told to be whose.
        foreach (var shared in SharedSurnames(source))
        {
            truth.Remove(shared);
        }

        return truth;
    }

    /// <summary>The surnames that follow both a man's and a woman's given name in <paramref name="source"/>.</summary>
    private static IEnumerable<string> SharedSurnames(Edition source) =>
        source.Paragraphs.SelectMany(p => NameRuns.Of(p.Text)).Where(r => r.Text.Contains(' ', StringComparison.Ordinal))
            .GroupBy(Surname, StringComparer.Ordinal)
            .Where(g => g.Select(r => FirstNameGender(r.Text)).OfType<PersonGender>().Distinct().Count() > 1)
            .Select(g => g.Key);

    /// <summary>
    /// A surname the edition misspells by one letter (« Carasco-Vidal » for « Carrasco-Vidal »; the named-entity check
    /// reports the spelling) still names the person: it is keyed to the one person of the truth it is a letter off, when
    /// no other person's name in the edition is that name.
    /// </summary>
    private static void AddMisspeltSurnames(Edition edition, Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)> truth)
    {
        var surnames = edition.Paragraphs.SelectMany(p => NameRuns.Of(p.Text)).Where(r => r.Text.Contains(' ', StringComparison.Ordinal))
            .Select(Surname).Where(k => k.Length >= 6 && !truth.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var surname in surnames)
        {
            var near = truth.Keys.Where(k => k.Length >= 6 && MisspelledNames.OneEditApart(k, surname)).ToList();
            if (near.Count == 1)
            {
                truth[surname] = truth[near[0]];
            }
        }
    }

    /// <summary>A name run's key: its last word, folded (« Hélène Carrasco-Vidal » gives « carrasco-vidal »).</summary>
    private static string Surname(TextSpan run) => TextFold.Fold(run.Text[(run.Text.LastIndexOf(' ') + 1)..]);

    /// <summary>
    /// A title the edition gives a person whom no edition marks, against the person's first name (« el regidor de clima
    /// del consell, Sarah Wickens » where the English original says only "Sarah Wickens, the council's cabinet member"):
    /// a name from the table of given names whose gender is clear outweighs an unwitnessed title. The person must be named
    /// in the original.
    /// </summary>
    private List<Finding> FirstNameAgainst(DetectionContext context, Paragraph paragraph, Edition edition, Edition source,
        Dictionary<Edition, Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)>> truths, HashSet<(Edition, int, int)> reported)
    {
        var findings = new List<Finding>();
        foreach (var mark in GenderMarks.Of(paragraph.Text, edition.Language, titleDecides: true))
        {
            // The cheap tests first; the original is searched for the name only for a title that contradicts a clear first name.
            var flagged = paragraph.Text.Substring(mark.Start, mark.Length);
            if (reported.Contains((edition, paragraph.Index, mark.Start)) || FirstNameGender(mark.Name) is not { } named || named == mark.Gender
                || !GenderMarks.HasListedTitle(flagged, edition.Language) || ContractedArticle().IsMatch(flagged)
                || truths.Any(t => !ReferenceEquals(t.Key, edition) && t.Value.ContainsKey(mark.Person)))
            {
                continue;
            }

            var surnames = WordTokenizer.Tokenize(mark.Name).Skip(1).Select(w => w.Text).Where(w => w.Length >= 3).ToList();
            if (source.Paragraphs.FirstOrDefault(p => surnames.Any(w => p.Text.Contains(w, StringComparison.Ordinal))) is not { } witness)
            {
                continue;
            }

            var message = $"« {flagged} » gives {mark.Name} the wrong gender: {FirstName(mark.Name)} is a {(named == PersonGender.Feminine ? "woman's" : "man's")} name, and no edition says otherwise.";
            var at = surnames.Select(w => witness.Text.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).Min();
            var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [source.Language] = Snippets.SentenceAround(witness.Text, at, source.Language) };
            reported.Add((edition, paragraph.Index, mark.Start));
            findings.Add(FindingFactory.Create(context, edition, paragraph.Index, mark.Start, mark.Length, (Id, Categories.Mistranslation, Severity.Major), message, evidence));
        }

        return findings;
    }

    /// <summary>An article joined to a preposition (« du fondateur », « del director »): the title of a complement, someone else's.</summary>
    [GeneratedRegex(@"^(?i:du|des|au|aux|del|dels|al|als|pel|pels)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ContractedArticle();

    /// <summary>The gender a name's first word gives its bearer (« Fiona Marwick », "Dr Rhian Pugh"), or null.</summary>
    private static PersonGender? FirstNameGender(string name) => FirstName(name) is { } first ? GivenNames.GenderOf(first) : null;

    /// <summary>A name's first word after any honorific ("Dr Rhian Pugh" gives "Rhian"), or null.</summary>
    private static string? FirstName(string name) =>
        WordTokenizer.Tokenize(name).Select(w => w.Text).FirstOrDefault(w => w is not ("Dr" or "Dra" or "Mr" or "Mrs" or "Ms" or "Prof" or "M" or "Mme" or "Sr" or "Sra"));

    private static string Described(Edition witness, Edition source) =>
        ReferenceEquals(witness, source) ? $"{source.Language} original" : $"{witness.Language} edition";

    /// <summary>The persons the original marks, keyed by folded surname, with the gender and its first marking; persons marked both ways are left out.</summary>
    private static Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)> Truth(Edition source)
    {
        var marks = source.Paragraphs.SelectMany(p => GenderMarks.Of(p.Text, source.Language).Concat(PronounMarks(p.Text, source.Language))
            .Concat(RoleMarks(p.Text, source.Language, NameRuns.Of(p.Text).Where(r => r.Text.Contains(' ', StringComparison.Ordinal)).Select(Surname)))
            .Select(m => (Mark: m, Paragraph: p.Index))).ToList();
        return marks.GroupBy(m => m.Mark.Person, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Mark.Gender).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (g.First().Mark.Gender, g.First().Mark, g.First().Paragraph, source), StringComparer.Ordinal);
    }

    /// <summary>
    /// The persons an English original marks: a name of two words or more (or with an honorific) and the gendered
    /// pronouns that refer back to it ("Dr Sarah Hallam … she said"), keyed by the name's last word; persons the
    /// text gives both genders are left out.
    /// </summary>
    private static Dictionary<string, (PersonGender Gender, GenderMark Mark, int Paragraph, Edition Witness)> EnglishTruth(DetectionContext context, Edition source)
    {
        var blocks = Blocker(context, source);
        var marks = new List<(GenderMark Mark, int Paragraph)>();
        foreach (var paragraph in source.Paragraphs)
        {
            var names = NameRuns.Of(paragraph.Text).Where(r => r.Text.Contains(' ', StringComparison.Ordinal) || AfterHonorific(paragraph.Text, r.Start))
                .GroupBy(Surname, StringComparer.Ordinal);
            // A paragraph that speaks of a woman and a man alike ("Her coach, Graham Pettigrew, said … she hopes …”, he
            // said") cannot tell whose pronoun is whose: it gives no one a gender.
            var words = WordTokenizer.Tokenize(paragraph.Text).Select(w => w.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (SpeaksOfBoth(words, HePronouns, ShePronouns))
            {
                continue;
            }

            foreach (var name in names)
            {
                foreach (var (start, length, gender) in PronounReferences.Of(paragraph.Text, name.Key, blocks))
                {
                    var quote = $"{name.First().Text} … {paragraph.Text.Substring(start, length)}";
                    marks.Add((new GenderMark(name.Key, gender, start, length, name.First().Text, quote), paragraph.Index));
                }
            }
        }

        return marks.GroupBy(m => m.Mark.Person, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Mark.Gender).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (g.First().Mark.Gender, g.First().Mark, g.First().Paragraph, source), StringComparer.Ordinal);
    }

    /// <summary>
    /// A pronoun opening a paragraph that names no one (« Abans, va explicar, … » as "Before, he explained, …"), read
    /// as referring to the one person the previous paragraph names (and it names no one else): the paragraph is scanned
    /// as if that name ended the sentence before it.
    /// </summary>
    private static List<(int Start, int Length, PersonGender Gender, string Person)> CarriedOver(
        Edition edition, Paragraph paragraph, IEnumerable<string> persons, bool english, Func<string, bool, bool>? blocks)
    {
        if (paragraph.Index == 0 || (!english && !RomancePronouns.Supports(edition.Language)))
        {
            return [];
        }

        var known = persons.ToList();
        bool Names(string text, string person) => WordTokenizer.Tokenize(text).Any(w => char.IsUpper(w.Text[0]) && TextFold.Fold(w.Text) == person);
        var previous = edition.Paragraphs[paragraph.Index - 1];
        var named = known.Where(p => Names(previous.Text, p)).ToList();
        if (named.Count != 1 || known.Any(p => Names(paragraph.Text, p)))
        {
            return [];
        }

        // Only when that paragraph names no one else (a name of two words or more ending otherwise may be the pronoun's
        // person) and speaks of no man and woman alike ("His coach … her defence … he said").
        var previousWords = WordTokenizer.Tokenize(previous.Text).Select(w => w.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (NameRuns.Of(previous.Text).Any(r => r.Text.Contains(' ', StringComparison.Ordinal) && Surname(r) != named[0])
            || SpeaksOfBoth(previousWords, [.. HePronouns, "él", "ell", "il"], [.. ShePronouns, "ella", "elle"]))
        {
            return [];
        }

        var person = named[0];
        var name = char.ToUpperInvariant(person[0]) + person[1..];
        var prefix = name + " spoke. ";
        var references = english
            ? PronounReferences.Of(prefix + paragraph.Text, person, blocks!)
            : RomancePronouns.Of(prefix + paragraph.Text, person, edition.Language);
        return references.Where(r => r.Start >= prefix.Length).Select(r => (Start: r.Start - prefix.Length, r.Length, r.Gender, Person: person)).ToList();
    }

    /// <summary>
    /// Titles that refer back to the person named last before them in the paragraph (« Laia Ferrer … La investigadora
    /// subratlla »), among <paramref name="persons"/> (folded last words of names); see <see cref="GenderMarks.Roles"/>.
    /// </summary>
    private static IEnumerable<GenderMark> RoleMarks(string text, string language, IEnumerable<string> persons)
    {
        var known = persons.ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            yield break;
        }

        var words = WordTokenizer.Tokenize(text);
        foreach (var (start, length, gender, _, possessive) in GenderMarks.Roles(text, language))
        {
            // « Su presidenta », « la seva advocada »: someone's title, another person than the one named before it.
            if (possessive)
            {
                continue;
            }

            var named = words.LastOrDefault(w => w.End <= start && char.IsUpper(w.Text[0]) && known.Contains(TextFold.Fold(w.Text)));
            if (named.Text is { } name)
            {
                yield return new GenderMark(TextFold.Fold(name), gender, start, length, name, text.Substring(start, length));
            }
        }
    }

    private static readonly string[] HePronouns = ["he", "his", "him", "himself"];

    private static readonly string[] ShePronouns = ["she", "her", "hers", "herself"];

    /// <summary>Whether a paragraph's words refer to a man and a woman alike, so that no pronoun can be given to one person.</summary>
    private static bool SpeaksOfBoth(HashSet<string> words, string[] he, string[] she) => words.Overlaps(he) && words.Overlaps(she);

    /// <summary>Whether a title of address stands right before the name ("Ms Lindsay", "Dr Pryce"): a surname alone then names a person.</summary>
    private static bool AfterHonorific(string text, int start) =>
        WordTokenizer.Tokenize(text[..start]) is { Count: > 0 } before && before[^1].End == start - 1
        && before[^1].Text is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Prof" or "Professor" or "Sir" or "Dame";

    /// <summary>
    /// Genders the original gives a named person through a pronoun that can only mean them (« Claire Vasseur … »,
    /// « a-t-elle expliqué »): names of two words or more, keyed by their last word.
    /// </summary>
    private static IEnumerable<GenderMark> PronounMarks(string text, string language)
    {
        if (!RomancePronouns.Supports(language))
        {
            yield break;
        }

        var names = NameRuns.Of(text).Where(r => r.Text.Contains(' ', StringComparison.Ordinal))
            .GroupBy(Surname, StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var (start, length, gender) in RomancePronouns.Of(text, name.Key, language))
            {
                var quoteStart = Math.Max(0, text.LastIndexOf(' ', Math.Max(0, start - 2)) + 1);
                yield return new GenderMark(name.Key, gender, start, length, name.First().Text, text[quoteStart..(start + length)]);
            }
        }
    }

    /// <summary>
    /// Whether a capitalised word of the English edition may name someone else: any word inside a sentence, and a
    /// sentence's first word when the edition capitalises it elsewhere or another edition has it (names travel).
    /// </summary>
    private static Func<string, bool, bool> Blocker(DetectionContext context, Edition edition)
    {
        var others = context.Editions.Where(e => !ReferenceEquals(e, edition)).Select(e => e.Text()).ToList();
        var own = edition.Text();
        return (word, sentenceStart) =>
        {
            if (Calendar.Contains(word))
            {
                return false;
            }

            if (!sentenceStart)
            {
                return word != "I";
            }

            var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])";
            return others.Any(t => Regex.IsMatch(t, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
                || Regex.IsMatch(own, @"(?<=[\p{Ll},;] )" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", RegexOptions.None, TimeSpan.FromSeconds(1));
        };
    }

    private static readonly HashSet<string> Calendar = new(
        ["I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparer.Ordinal);

    private static string Suggest(string flagged) => flagged switch
    {
        "he" => "she",
        "He" => "She",
        "his" => "her",
        "His" => "Her",
        "himself" => "herself",
        "him" => "her",
        "her" => "him",
        "she" => "he",
        "She" => "He",
        "herself" => "himself",
        "hers" => "his",
        "Mr" => "Ms",
        "Mrs" or "Ms" or "Miss" or "Madam" => "Mr",
        _ => "the other gender's form",
    };
}

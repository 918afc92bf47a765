using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Names the other editions keep and an edition lacks. A capitalised word (not at a sentence start) is a kept
/// name when at least two other editions write it alike (or the only other one has it) and a translation engine
/// passed it through as a word it did not know, or when two editions in different languages, one of them in the
/// pivot language, write it exactly alike (a translator kept it), or when two editions write it exactly alike
/// and their engines both kept it as it was. The finding points at the edition's own capitalised words in
/// the same relative place, when there are some that no other edition has.
/// </summary>
internal static partial class KeptNames
{
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "government", "parliament", "executive", "ministry", "council", "presidency", "administration", "authorities", "assembly", "cabinet",
        "gobierno", "parlamento", "ejecutivo", "ministerio", "consejo", "govern", "parlament", "executiu", "ministeri", "consell",
        "gouvernement", "parlement", "executif", "ministere", "conseil",
    };

    /// <summary>Words of an institution's level between a region's adjective and its noun ("the Asturian regional government").</summary>
    private static readonly HashSet<string> InstitutionLevels = new(["regional", "autonomous", "devolved", "provincial"], StringComparer.Ordinal);

    public static IEnumerable<Finding> Find(DetectionContext context, Edition edition)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind != BlockKind.Heading))
        {
            var group = context.GroupOf(edition.Language, paragraph.Index);
            if (group is null || !done.Add(group.Id))
            {
                continue;
            }

            var counterparts = context.CounterpartsOf(edition, paragraph.Index);
            var members = group.For(edition.Language).Where(i => i >= 0 && i < edition.Paragraphs.Count).ToList();
            if (counterparts.Count == 0)
            {
                continue;
            }

            var mineText = string.Join(" ", members.Select(i => edition.Paragraphs[i].Text + " " + OwnPivot(edition.Paragraphs[i])));
            var mine = WordTokenizer.Tokenize(mineText).Select(w => w.Text).ToList();
            var squeezed = Squeeze(mineText);
            var rawPivot = WordTokenizer.Tokenize(string.Join(" ", members.Select(i => edition.Paragraphs[i].PivotText))).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            // A name of several words that translators in two languages kept as it is must stand in the edition's own text: its
            // engine turning a word-for-word rendering back into the name's words ("Instituto Inglés del Deporte" comes out
            // "English Institute of the Sport") does not make it kept.
            var ownWords = WordTokenizer.Tokenize(string.Join(" ", members.Select(i => edition.Paragraphs[i].Text))).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            var ownSqueezed = Squeeze(string.Join(" ", members.Select(i => edition.Paragraphs[i].Text)));
            var missing = Kept(context, counterparts)
                .Where(n => KeptByTranslators(counterparts, n.Run) && RenderedWordForWord(n.Run, ownWords)
                    ? !ownWords.Any(w => SameNameAsWritten(w, n.Name)) && !ownSqueezed.Contains(Squeeze(n.Name), StringComparison.Ordinal)
                    : !mine.Any(w => SameNameAsWritten(w, n.Name) || (Exonym(w, n.Name) && !rawPivot.Contains(n.Name)))
                        && !squeezed.Contains(Squeeze(n.Name), StringComparison.Ordinal))
                .ToList();
            // A compound place name in the edition's own form (« Boques del Roine »), and names inside a quoted title that
            // the edition, quoting a title of its own there, translated as titles of works are (« Nuits dans les jardins d'Espagne »).
            missing.RemoveAll(n => TranslatedNames.CompoundExonym(n.Name, ownWords, rawPivot));
            if (members.Any(i => TranslatedNames.HasQuotedTitle(edition.Paragraphs[i].Text)))
            {
                missing.RemoveAll(n => counterparts.FirstOrDefault(c => c.Language == n.Language) is { } c && TranslatedNames.InQuotedTitle(c.Text, n.Run));
            }

            // The place's or body's name in the edition's own language (« La Corogne » for "Coruña", "Civil Guard" for « Guardia Civil »).
            var ownText = string.Join(" ", members.Select(i => edition.Paragraphs[i].Text));
            missing.RemoveAll(n => Exonyms.RenderedIn(n.Run, ownText) || Exonyms.RenderedIn(n.Name, ownText) || Exonyms.DerivedIn(n.Name, ownText));
            // A church's dedication, which each language writes with its own saint's name (« la basilique Sainte-Marie-Madeleine »
            // is « la basílica de Santa Maria Magdalena »).
            if (Dedication().IsMatch(ownText))
            {
                missing.RemoveAll(n => WordTokenizer.Tokenize(n.Run).Any(w => Saints.Contains(w.Text.Split('-')[0])));
            }

            // A person the edition calls by title and surname where the others give the first name too ("Ms Jeunet" for
            // « Claire Jeunet »).
            missing.RemoveAll(n => GivenNames.IsKnown(n.Name) && SurnameAfter(n.Run, n.Name) is { } surname && ownWords.Contains(surname));
            var nameWords = members.SelectMany(i => NameRuns.Of(edition.Paragraphs[i].Text).SelectMany(r => WordTokenizer.Tokenize(r.Text)).Select(w => w.Text)).ToList();
            missing.RemoveAll(n => EngineRenderings.RendersAsExonym(context, n.Name, counterparts, nameWords));
            if (missing.Count == 0)
            {
                if (Reordered(context, edition, members, counterparts) is { } reordered)
                {
                    yield return reordered;
                }

                continue;
            }

            var anchor = missing[0];
            var (index, stand) = StandIn(edition, members, counterparts, anchor);
            while (stand is { } described
                && ((!KeptByTranslators(counterparts, anchor.Run) && DescribesInstitution(edition.Language, edition.Paragraphs[index].Text, described))
                    || RendersPublicBody(edition.Language, described, anchor)))
            {
                // A public body's name rendered by the edition's own name for it, even where another translator kept the
                // original's name too ("the Segura River Basin Authority (Confederación Hidrográfica del Segura)"): every
                // name of that body is accounted for.
                var body = RendersPublicBody(edition.Language, described, anchor);
                missing.RemoveAll(n => n.Name == anchor.Name || (body && TranslatedNames.IsPublicBody(n.Run, n.Language)));
                if (missing.Count == 0)
                {
                    break;
                }

                anchor = missing[0];
                (index, stand) = StandIn(edition, members, counterparts, anchor);
            }

            if (stand is null)
            {
                // With no name in its place, a one-word name the engines translate as a word was rendered by a description.
                missing.RemoveAll(n => WordTokenizer.Tokenize(n.Run).Count == 1 && EngineRenderings.IsCommonWord(context, n.Name, counterparts));
                // And a public body's name (« la Conselleria d'Agricultura » as "the regional agriculture department").
                missing.RemoveAll(n => TranslatedNames.IsPublicBody(n.Run, n.Language));
                // And a name whose distinctive word the edition writes, its generic words rendered or left out ("the Cromarty
                // estuary" for "Cromarty Firth", « l'Ajuntament de Vigo » for « Concello de Vigo », "Brittany's Léa Kerhervé").
                missing.RemoveAll(n => KeepsAnotherWord(n.Run, n.Name, mine));
            }

            if (missing.Count == 0)
            {
                continue;
            }

            if (stand is { } english && (EnglishNameOfBody(edition, edition.Paragraphs[index], english.Text) || AfterPortfolioTitle(edition, edition.Paragraphs[index].Text, english.Start)))
            {
                continue;
            }

            var listed = default(TextSpan?);
            if (stand is null)
            {
                // With no stand-in, a name is missing only where the others list it among names this edition keeps
                // (« Terrassa, Sabadell i Rubí » rendered « Terrassa y Rubí »); a name gone from running text was
                // rendered some other way (« la Conselleria » as "the department", "York Minster" as « la cathédrale »).
                var spans = missing.Select(n => DroppedFromList(counterparts, n, edition.Paragraphs[index].Text)).ToList();
                missing = [.. missing.Where((_, k) => spans[k] is not null)];
                if (missing.Count == 0)
                {
                    continue;
                }

                listed = spans.First(t => t is not null);
            }

            var names = string.Join(", ", missing.Select(n => "“" + n.Run + "”").Distinct(StringComparer.Ordinal));
            var evidence = missing.GroupBy(n => n.Language, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(n => n.Run).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
            var message = stand is { } s
                ? $"The other editions keep the name {names}; this edition has “{s.Text}” instead: a name translated or changed?"
                : $"The other editions name {names} here; this edition does not.";
            var (start, length) = stand is { } span ? (span.Start, span.Length) : (listed!.Value.Start, listed.Value.Length);
            yield return FindingFactory.Create(context, edition, index, start, length,
                (CheckIds.NamedEntity, Categories.Mistranslation, stand is null ? Severity.Minor : Severity.Major), message, evidence);
        }
    }

    /// <summary>
    /// Where a name another edition lists among others (“Terrassa, Sabadell and Rubí”) is missing from the same list in
    /// this edition's text: the span from the list neighbour before it to the one after it, as this edition writes
    /// them, or null when the name is not listed or the edition does not write every neighbour.
    /// </summary>
    internal static TextSpan? DroppedFromList(IReadOnlyList<Counterpart> counterparts, (string Name, string Run, string Language, double Position) name, string text)
    {
        if (counterparts.FirstOrDefault(c => c.Language == name.Language) is not { } counterpart)
        {
            return null;
        }

        var at = Whole(counterpart.Text, name.Run);
        if (at < 0)
        {
            return null;
        }

        var before = ListItemBefore().Match(counterpart.Text[..at]);
        var after = ListItemAfter().Match(counterpart.Text[(at + name.Run.Length)..]);
        if (!before.Success && !after.Success)
        {
            return null;
        }

        var left = before.Success ? Whole(text, before.Groups["name"].Value) : -1;
        var right = after.Success ? Whole(text, after.Groups["name"].Value) : -1;
        if ((before.Success && left < 0) || (after.Success && right < 0))
        {
            return null;
        }

        var start = left >= 0 ? left : right;
        var end = right >= 0 ? right + after.Groups["name"].Value.Length : left + before.Groups["name"].Value.Length;
        return end > start && end - start <= 80 ? new TextSpan(start, end - start, text[start..end]) : null;
    }

    /// <summary>The capitalised word after <paramref name="name"/> in the run (« Jeunet » in « Claire Jeunet »), or null.</summary>
    private static string? SurnameAfter(string run, string name)
    {
        var words = WordTokenizer.Tokenize(run).Select(w => w.Text).ToList();
        var at = words.IndexOf(name);
        return at >= 0 && at + 1 < words.Count && TextFold.IsCapitalised(words[at + 1]) ? words[at + 1] : null;
    }

    private static int Whole(string text, string run)
    {
        for (var at = text.IndexOf(run, StringComparison.Ordinal); at >= 0; at = text.IndexOf(run, at + 1, StringComparison.Ordinal))
        {
            var end = at + run.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)(?:, | (?:and|y|i|et|e|o|ou|or) )$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ListItemBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:, | (?:and|y|i|et|e|o|ou|or) )(?<name>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ListItemAfter();

    /// <summary>Whether a word of the edition writes the name, as it stands or without an elided article (« des d'Alboraia » for "Alboraya").</summary>
    internal static bool SameNameAsWritten(string word, string name) =>
        TextFold.SameTransliteratedName(word, name) || TextFold.SameTransliteratedName(TextFold.Unelided(word), name);

    /// <summary>
    /// An English edition's own name for a body, in English words it knows ("the Institute of Agrifood Research", "the
    /// Tax Agency", "the Asturias Cancer Registry"): English news translates the names of foreign bodies and museums ("the Mining and Industry Museum"), so the name's
    /// absence is no artifact there.
    /// </summary>
    private static bool EnglishNameOfBody(Edition edition, Paragraph paragraph, string stand)
    {
        if (LanguageTag.Primary(edition.Language) != "en" || paragraph.UnknownWords.Count == 0)
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(stand).Select(w => w.Text).ToList();
        return words.Count >= 2 && words.Any(BodyNouns.Contains) && !words.Any(paragraph.UnknownWords.Contains);
    }

    /// <summary>
    /// Whether an English edition's stand-in is the portfolio of an office-holder's title ("the director general of
    /// Water Resources" for « el director general de Recursos Hídricos »): English translates a department's remit.
    /// </summary>
    private static bool AfterPortfolioTitle(Edition edition, string text, int start) =>
        LanguageTag.Primary(edition.Language) == "en" && PortfolioTitle().IsMatch(text[..start]);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:director|directorate)[ -]general|general director|minister|secretary|councillor|commissioner) (?:of|for) (?:the )?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PortfolioTitle();

    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "Institute", "Agency", "Registry", "Register", "Union", "Department", "Association", "Federation", "Council", "Centre", "Center",
        "Party", "Office", "Authority", "Board", "Commission", "Foundation", "Society", "Service", "Directorate", "Ministry",
        "Museum", "Gallery", "Library", "Archive", "Archives", "Observatory", "Academy",
    };

    private static List<(string Name, string Run, string Language, double Position)> Kept(DetectionContext context, IReadOnlyList<Counterpart> counterparts)
    {
        var result = new List<(string, string, string, double)>();
        var needed = Math.Min(2, counterparts.Count);
        foreach (var counterpart in counterparts)
        {
            foreach (var run in NameRuns.Of(counterpart.Text))
            {
                foreach (var word in WordTokenizer.Tokenize(run.Text).Select(w => w.Text).Where(w => TextFold.IsCapitalised(w) && w.Length >= 3))
                {
                    var writers = counterparts.Count(c => WordTokenizer.Tokenize(c.Text).Any(w => TextFold.SameName(w.Text, word)));
                    var exact = counterparts.Where(c => WordTokenizer.Tokenize(c.Text).Any(w => TextFold.IsCapitalised(w.Text) && TextFold.Fold(w.Text) == TextFold.Fold(word))).ToList();
                    var keptByEngine = writers >= needed && counterparts.Any(c => PassedThrough(context, c, word));
                    var keptByTranslator = exact.Count >= 2 && exact.Any(c => context.IsPivotEdition(c.Edition));
                    var keptByAll = exact.Count >= 2 && exact.All(c => !context.IsPivotEdition(c.Edition) && WordTokenizer.Tokenize(c.PivotText).Any(w => w.Text == word));
                    if (keptByEngine || keptByTranslator || keptByAll)
                    {
                        result.Add((word, run.Text, counterpart.Language, (double)run.Start / Math.Max(1, counterpart.Text.Length)));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the stand-in is half of a description of an institution, a correct way to translate its name for
    /// readers who do not know it: a capitalised adjective before a lower-case institution noun ("the Catalan
    /// government" for « la Generalitat », "the Spanish government" for « la Moncloa »), or a capitalised
    /// institution noun before a lower-case adjective (« el Gobierno catalán »).
    /// </summary>
    private static bool DescribesInstitution(string language, string text, TextSpan stand)
    {
        if (WordTokenizer.Tokenize(stand.Text).Count != 1)
        {
            return false;
        }

        var following = WordTokenizer.Tokenize(text[stand.End..]);
        if (following.Count == 0)
        {
            return false;
        }

        var next = following[0];
        if (!TextFold.IsLowerWord(next.Text) || text[stand.End..(stand.End + next.Start)].Trim().Length > 0)
        {
            return false;
        }

        // "the Asturian regional government", "the Andalusian regional government": the level before the noun.
        if (following.Count > 1 && InstitutionLevels.Contains(next.Text) && TextFold.IsLowerWord(following[1].Text)
            && InstitutionNouns.Contains(TranslatedNames.WithoutPossessive(TextFold.Fold(following[1].Text))))
        {
            return true;
        }

        return InstitutionNouns.Contains(TranslatedNames.WithoutPossessive(TextFold.Fold(next.Text)))
            || (InstitutionNouns.Contains(TextFold.Fold(stand.Text)) && next.Length >= 4 && !FunctionWords.Contains(language, next.Text));
    }

    /// <summary>
    /// Whether editions in two languages or more write the name of several words exactly alike (the English
    /// original's "Natural Environment Research Council" kept as it is by the Spanish translation): a translator
    /// chose to keep it, so an edition that renders it word for word translated what the others treat as a name.
    /// </summary>
    private static bool KeptByTranslators(IReadOnlyList<Counterpart> counterparts, string run) =>
        WordTokenizer.Tokenize(run).Count >= 2
        && counterparts.Where(c => c.Text.Contains(run, StringComparison.Ordinal)).Select(c => c.Language).Distinct(StringComparer.Ordinal).Count() >= 2
        && counterparts.Any(c => c.Language == "en" && c.Text.Contains(run, StringComparison.Ordinal));

    /// <summary>
    /// Whether the edition's own text lacks a word of the name (three letters or more) other than a compass point or a place noun, and
    /// the name is no saint's (« Sant Narcís » is « San Narciso » in Spanish): "Midlands de l'Est" keeps the name and
    /// translates its compass point, « Consell de Recerca de l'Entorn Natural » keeps nothing of it.
    /// </summary>
    private static bool RenderedWordForWord(string run, HashSet<string> ownWords)
    {
        var words = WordTokenizer.Tokenize(run).Select(w => w.Text).Where(w => w.Length >= 3 && TextFold.IsCapitalised(w)).ToList();
        return words.Count > 0 && !Saints.Contains(words[0])
            && words.Any(w => !TranslatableNameWords.Contains(w) && !ownWords.Any(o => TextFold.SameTransliteratedName(o, w)));
    }

    /// <summary>Compass points and the nouns of places that languages translate inside a name ("Pentland Firth" is « l'estret de Pentland »).</summary>
    private static readonly HashSet<string> TranslatableNameWords = new(
        ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Firth", "Bay", "River", "Lake", "Loch", "Mount", "Mountains",
            "Island", "Islands", "Isle", "Isles", "Strait", "Straits", "Cape", "Valley", "Forest", "Sea", "Ocean", "Gulf", "Channel", "Hills", "Coast",
            "Peninsula", "Estuary", "Head", "Point", "Sound"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the edition writes another capitalised word of the name's run (three letters or more, not a compass point
    /// or a place noun): the name is there, with the word that is missing rendered or dropped.
    /// </summary>
    private static bool KeepsAnotherWord(string run, string name, List<string> mine) =>
        WordTokenizer.Tokenize(run).Select(w => TranslatedNames.WithoutPossessive(w.Text))
            .Where(w => w != name && w.Length >= 3 && TextFold.IsCapitalised(w) && !TranslatableNameWords.Contains(w) && !Saints.Contains(w))
            .Any(w => mine.Any(m => TextFold.SameTransliteratedName(TranslatedNames.WithoutPossessive(m), w)));

    private static readonly HashSet<string> Saints = new(["Saint", "Sainte", "Sant", "Santa", "San", "Santo", "St"], StringComparer.Ordinal);

    /// <summary>A church, abbey or chapel followed by its saint (« la basílica de Santa Maria », "St Mary's Church" aside).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?i:basilica|basílica|basilique|church|église|iglesia|església|cathedral|cathédrale|catedral|abbey|abbaye|abadía|abadia|chapel|chapelle|capilla|capella|ermita|monastery|monastère|monasterio|monestir|collégiale|colegiata|col·legiata)(?: (?:of|de|del|de la|dels|des|du))? (?:Saint|Sainte|Sant|Santa|San|Santo|St)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Dedication();

    /// <summary>
    /// Whether the stand-in renders a public body's name by the edition's own words for it ("High Court of Justice of
    /// Aragon" for « Tribunal Superior de Justicia de Aragón »): both name a court, a ministry or a council. Such
    /// names are translated; a company's or a person's name is not.
    /// </summary>
    private static bool RendersPublicBody(string language, TextSpan stand, (string Name, string Run, string Language, double Position) anchor) =>
        TranslatedNames.IsPublicBody(anchor.Run, anchor.Language) && TranslatedNames.IsPublicBody(stand.Text, language);

    /// <summary>
    /// A kept name of several words, written alike by two other editions, that the edition writes with the same words in another order
    /// ("Ter Constructions" for "Construccions Ter"): names keep their order, translations of them do not.
    /// </summary>
    private static Finding? Reordered(DetectionContext context, Edition edition, List<int> members, IReadOnlyList<Counterpart> counterparts)
    {
        var kept = Kept(context, counterparts).Select(k => k.Run)
            .Where(r => WordTokenizer.Tokenize(r).Count >= 2 && counterparts.Count(c => c.Text.Contains(r, StringComparison.Ordinal)) >= 2)
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var index in members)
        {
            foreach (var run in NameRuns.Of(edition.Paragraphs[index].Text))
            {
                var mine = WordTokenizer.Tokenize(run.Text).Select(w => w.Text).ToList();
                var ownText = edition.Paragraphs[index].Text;
                var match = kept.Where(k => !Exonyms.RenderedIn(k, ownText)).FirstOrDefault(k =>
                {
                    var theirs = WordTokenizer.Tokenize(k).Select(w => w.Text).ToList();
                    return theirs.Count == mine.Count && mine.All(m => theirs.Any(t => TextFold.SameName(m, t)))
                        && !mine.Zip(theirs).All(p => TextFold.SameName(p.First, p.Second));
                });
                if (match is not null)
                {
                    var message = $"The other editions keep the name “{match}”; this edition has “{run.Text}”, its words in another order: a name translated?";
                    return FindingFactory.Create(context, edition, index, run.Start, run.Length,
                        (CheckIds.NamedEntity, Categories.Mistranslation, Severity.Major), message,
                        counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A capitalised single word that shares its first four letters with the name, both of five letters or more
    /// and of similar length: the language's own form of a place name ("Dunkirk" for "Dunkerque"). Not when the
    /// edition's own engine turns its word back into the name (« rue des Oliviers » comes out "street of the
    /// Olivos"): then the edition translated the name word for word.
    /// </summary>
    private static bool Exonym(string word, string name)
    {
        var w = TextFold.Fold(word);
        var n = TextFold.Fold(name);
        return TextFold.IsCapitalised(word) && w.Length >= 5 && n.Length >= 5 && Math.Abs(w.Length - n.Length) <= 3
            && w.All(char.IsLetter) && n.All(char.IsLetter) && string.CompareOrdinal(w, 0, n, 0, 4) == 0;
    }

    /// <summary>
    /// The paragraph's pivot text without the words its engine did not know and the edition does not write: those
    /// come from an intermediate language of the route (« avenue des Amandiers » goes through Spanish and comes
    /// out as "the avenue of the Almendros"), not from the edition.
    /// </summary>
    private static string OwnPivot(Paragraph paragraph)
    {
        if (paragraph.UnknownWords.Count == 0)
        {
            return paragraph.PivotText;
        }

        var own = WordTokenizer.Tokenize(paragraph.Text).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        return string.Join(" ", WordTokenizer.Tokenize(paragraph.PivotText).Select(w => w.Text)
            .Where(w => own.Contains(w) || !paragraph.UnknownWords.Contains(w, StringComparer.Ordinal)));
    }

    private static string Squeeze(string text) => new(TextFold.Fold(text).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>Whether the counterpart's engine left the word as it was: it reported it unknown, or (when it reports none) kept it verbatim.</summary>
    private static bool PassedThrough(DetectionContext context, Counterpart counterpart, string word)
    {
        if (context.IsPivotEdition(counterpart.Edition))
        {
            return false;
        }

        var unknown = counterpart.Paragraphs.SelectMany(i => counterpart.Edition.Paragraphs[i].UnknownWords).Select(u => u.Trim('-')).ToList();
        var verbatim = WordTokenizer.Tokenize(counterpart.PivotText).Any(w => w.Text == word);
        if (unknown.Count == 0)
        {
            return verbatim;
        }

        // Engines report a hyphenated name in pieces ("Ouest-", "France").
        return unknown.Any(u => TextFold.SameName(u, word))
            || (verbatim && word.Split('-').Any(part => part.Length >= 3 && unknown.Contains(part, StringComparer.Ordinal)));
    }

    /// <summary>The edition's capitalised run, found in no other edition, nearest to where the name sits in the other edition.</summary>
    private static (int Paragraph, TextSpan? Span) StandIn(Edition edition, List<int> members, IReadOnlyList<Counterpart> counterparts, (string Name, string Run, string Language, double Position) anchor)
    {
        var joinedLength = members.Sum(i => edition.Paragraphs[i].Text.Length + 1);
        var offset = 0;
        (int Paragraph, TextSpan? Span, double Distance) best = (members[0], null, double.MaxValue);
        var anchorWords = WordTokenizer.Tokenize(anchor.Run).Select(w => w.Text).ToList();
        foreach (var index in members)
        {
            var text = edition.Paragraphs[index].Text;
            foreach (var run in NameRuns.Of(text))
            {
                // A run sharing a word with the missing name ("Clara Domínguez" for "Claire Dumont") is preferred to a merely nearer one;
                // and one of several words keeping a word of the name as written stands in even where the engines render the
                // name the same way ("Mountaineers of Benasque" for « Montañeros de Benasque »): that is the word-for-word rendering.
                var runWords = WordTokenizer.Tokenize(run.Text).Select(w => w.Text).ToList();
                var related = runWords.Any(w => anchorWords.Any(a => TextFold.SameName(w, a)));
                var keepsAWord = runWords.Count >= 2 && runWords.Any(w => w.Length >= 3 && TextFold.IsCapitalised(w) && anchorWords.Contains(w, StringComparer.Ordinal))
                    && !runWords.Any(w => PartlyTranslatedNames.IsRenderedHead(w) || PartlyTranslatedNames.IsRenderedHead(w.TrimEnd('s')));
                if (counterparts.Any(c => c.Text.Contains(run.Text, StringComparison.OrdinalIgnoreCase) || (!keepsAWord && c.PivotText.Contains(run.Text, StringComparison.OrdinalIgnoreCase))))
                {
                    continue;
                }

                var distance = Math.Abs(((double)(offset + run.Start) / joinedLength) - anchor.Position) - (related ? 1 : 0);
                if (distance < best.Distance && distance <= 0.2)
                {
                    best = (index, run, distance);
                }
            }

            offset += text.Length + 1;
        }

        return (best.Paragraph, best.Span);
    }
}

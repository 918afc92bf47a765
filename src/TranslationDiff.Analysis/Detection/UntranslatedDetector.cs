using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Text left untranslated in an edition: an engine's unknown-word markers ("*ukrainien") left in the
/// published text, runs of the source language's words (present in the original, with its function words),
/// single source words with letters the edition's language does not use ("débroussaillement" in English), and
/// source words unknown to the edition's language: to its own translation engine, or, for the edition already in
/// the pivot language, to that language's dictionary (« concejal » in English). A run capitalised at both ends in mid-sentence,
/// or one that another translation keeps word for word, is a name or title kept on purpose.
/// </summary>
internal sealed partial class UntranslatedDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.Untranslated;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var reference = context.Reference();
        var source = context.OriginalLanguage ?? context.ReferenceLanguage;
        foreach (var edition in context.Judged())
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match marker in Marker().Matches(paragraph.Text))
                {
                    if (marker.Value[0] != '*' && (reference is null || !reference.Text().Contains(marker.Value[1..], StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    yield return FindingFactory.Create(context, edition, paragraph.Index, marker.Index, marker.Length,
                        (Id, Categories.Untranslated, Severity.Major), $"“{marker.Value}” carries a translation engine's unknown-word marker: the word was not translated.");
                }

                if (reference is null || LanguageTag.SameLanguage(edition.Language, source))
                {
                    continue;
                }

                var counterpart = context.CounterpartsOf(edition, paragraph.Index).FirstOrDefault(c => ReferenceEquals(c.Edition, reference));
                if (counterpart is null)
                {
                    continue;
                }

                foreach (var finding in SourceRuns(context, edition, paragraph, counterpart, source))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> SourceRuns(DetectionContext context, Edition edition, Paragraph paragraph, Counterpart reference, string source)
    {
        var sourceTokens = WordTokenizer.Tokenize(reference.Text).SelectMany(w => WithoutElision(w.Text)).ToList();
        // Runs grow over the words as written; a word freed from its elision may start a run of its own (« amplada »).
        var sourceWords = WordTokenizer.Tokenize(reference.Text).Select(w => TextFold.Fold(w.Text)).ToHashSet(StringComparer.Ordinal);
        var sourceStarts = sourceTokens.Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        // The source's words as written, accents and all: a word the edition spells with other accents (« mènades » for « ménades ») is its own.
        var sourceForms = sourceTokens.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // Only words no dictionary of the edition's language knows: an engine's own dictionary lacks some (« esprint »).
        var unknown = (paragraph.UnknownToLanguage ?? paragraph.UnknownWords).ToHashSet(StringComparer.Ordinal);
        // Capitalised words of the other editions, not counting a sentence's first word ("Season ticket holders…" names nothing).
        var names = context.CounterpartsOf(edition, paragraph.Index)
            .SelectMany(c => WordTokenizer.Tokenize(c.Text).Where(w => TextFold.IsCapitalised(w.Text) && !NameRuns.AtSentenceStart(c.Text, w.Start)))
            .Select(w => TextFold.Fold(w.Text))
            .ToHashSet(StringComparer.Ordinal);
        // A word the reference's own engine knew and left as it was is shared by both languages ("mango", "cisterna"); a
        // word it did not know says nothing, and the pivot-language edition's unknown words come from its dictionaries.
        var referenceUnknown = reference.Paragraphs.SelectMany(i => reference.Edition.Paragraphs[i].UnknownWords).ToHashSet(StringComparer.Ordinal);
        var sharedWords = context.IsPivotEdition(reference.Edition) || context.IsPivotEdition(edition)
            ? []
            : WordTokenizer.Tokenize(reference.PivotText).Select(w => w.Text).Where(w => !referenceUnknown.Contains(w)).ToHashSet(StringComparer.Ordinal);
        // An elided article does not hide a source word unknown to the edition's language (« l'estuary »): the word is read without it.
        var words = WordTokenizer.Tokenize(paragraph.Text).Select(w => Unelided(w, sourceStarts, unknown)).ToList();
        // A lower-case word the edition's dictionaries know and that is no function word of the source: the edition's own.
        bool OwnWord(TextSpan w) => TextFold.IsLowerWord(w.Text) && unknown.Count > 0 && !IsUnknown(unknown, w.Text) && !FunctionWords.Contains(source, w.Text);
        var i = 0;
        while (i < words.Count)
        {
            if (!sourceStarts.Contains(TextFold.Fold(words[i].Text)) || words[i].Text.Any(char.IsDigit))
            {
                i++;
                continue;
            }

            // A word of the edition's own language before a name (the English "association" of « association Bien vivre en
            // Porcien ») opens no run of the source's: the name is read from its first capital.
            if (OwnWord(words[i]) && i + 1 < words.Count && TextFold.IsCapitalised(words[i + 1].Text) && sourceStarts.Contains(TextFold.Fold(words[i + 1].Text)))
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < words.Count && sourceWords.Contains(TextFold.Fold(words[j + 1].Text)) && paragraph.Text[words[j].End..words[j + 1].Start].All(c => c is ' ' or '\''))
            {
                j++;
            }

            // A word of the edition's own language after a name the run ends in is no part of it ("Sant Joan de les Abadesses judo club").
            var last = j;
            while (last > i && OwnWord(words[last]))
            {
                last--;
            }

            if (last < j && TextFold.IsCapitalised(words[last].Text))
            {
                j = last;
            }

            var run = words.Skip(i).Take(j - i + 1).ToList();
            var afterName = i > 0 && TextFold.IsCapitalised(WithoutElision(words[i - 1].Text).Last()) && paragraph.Text[words[i - 1].End..run[0].Start] == " "
                && !NameRuns.AtSentenceStart(paragraph.Text, words[i - 1].Start);
            if (run.Count > 1 && (TextFold.IsCapitalised(run[0].Text) || afterName) && TextFold.IsCapitalised(run[^1].Text)
                && (!NameRuns.AtSentenceStart(paragraph.Text, run[0].Start) || reference.Text.Contains(paragraph.Text[run[0].Start..run[^1].End], StringComparison.Ordinal)))
            {
                // Name-shaped: capitalised at both ends in mid-sentence ("Parents d'élèves du Rhône"), or a link between two
                // capitalised words (« le conseil d'Argyll and Bute »); at a sentence start, as the original writes it.
                i = j + 1;
                continue;
            }

            // A function word capitalised in mid-sentence is part of a name (« Grand Est »), not the source's grammar.
            // So is a lower-case one between two capitalised words (« Vilaró i Puig »).
            var foreign = run.Count(w => FunctionWords.Contains(source, w.Text) && !FunctionWords.Contains(edition.Language, w.Text)
                && (!TextFold.IsCapitalised(w.Text) || NameRuns.AtSentenceStart(paragraph.Text, w.Start)) && !BetweenCapitals(words, w));
            var content = run.Where(w => TextFold.IsLowerWord(w.Text) && w.Text.Length >= 3).ToList();
            var isRun = run.Count >= Options.UntranslatedMinWords && foreign > 0 && content.Any(w => !FunctionWords.Contains(source, w.Text))
                && !KeptByOthers(context, edition, paragraph, reference, paragraph.Text[run[0].Start..run[^1].End]);
            // Short words only when they are the source's grammar (« soit » left in Spanish): short content words are too often shared.
            var singles = content.Where(w => !BetweenCapitals(words, w) && !KeptTitle(source, edition.Language, w.Text) && !EnglishLoan(edition.Language, w.Text) && !Recurring(edition, w.Text) && !LearnedCompound(source, edition.Language, w.Text) && (w.Text.Length >= 5 || (FunctionWords.Contains(source, w.Text) && !FunctionWords.Contains(edition.Language, w.Text))) && !names.Contains(TextFold.Fold(w.Text))
                && ((context.IsPivotEdition(edition) && ((Letters.HasForeignLetter(w.Text, edition.Language) && (unknown.Count == 0 || IsUnknown(unknown, w.Text))) || ElidedCompound(unknown, w.Text))) || (IsUnknown(unknown, w.Text) && !sharedWords.Contains(w.Text) && sourceForms.Contains(w.Text.ToLowerInvariant())))
                && !KeptWordByOthers(context, edition, paragraph, reference, w.Text)).ToList();
            if (singles.Count == 0 && run.Count == 1 && HalfTranslatedName(paragraph.Text, words, i, edition.Language, source)
                && run[0].Text.Length >= 5 && IsUnknown(unknown, run[0].Text) && !sharedWords.Contains(run[0].Text) && sourceForms.Contains(run[0].Text.ToLowerInvariant())
                && !KeptWordByOthers(context, edition, paragraph, reference, run[0].Text))
            {
                // Not a word another translation keeps too (« la réserve Starlight du Montsec » beside "the Montsec Starlight Reserve"): a brand in no one language.
                // "The Consejería of Health": a name half translated, its common noun left in the source language.
                singles.Add(run[0]);
            }

            var isWord = singles.Count > 0;
            if ((isRun || isWord) && NameAsWritten(paragraph.Text, words, i, j, afterName, reference.Text, source))
            {
                // « la Cité internationale de la tapisserie », « la plaça del Doctor Robert », "the Symphonie fantastique": a
                // name kept exactly as the original writes it, capitals and all, its lower-case words included.
                isRun = false;
                isWord = false;
            }

            if ((isRun || isWord) && QuotedWithGloss(paragraph.Text, run[0].Start, run[^1].End, reference.Text))
            {
                // « La Liseuse à la fenêtre » (La lectora en la ventana): kept in the original on purpose, with its translation beside it.
                isRun = false;
                isWord = false;
            }

            if (isRun || isWord)
            {
                var start = run[0].Start;
                var end = run[^1].End;
                if (!isRun)
                {
                    (start, end) = (singles[0].Start, singles[0].End);
                }

                var message = $"“{paragraph.Text[start..end]}” is left in the original's language ({source}).";
                var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [reference.Language] = Snippets.Shorten(reference.Text) };
                yield return FindingFactory.Create(context, edition, paragraph.Index, start, end - start, (Id, Categories.Untranslated, Severity.Major), message, evidence);
            }

            i = j + 1;
        }
    }

    /// <summary>
    /// Whether the run (words <paramref name="i"/> to <paramref name="j"/>) is a name the edition kept exactly as the
    /// original writes it, capitals and all: the lower-case tail of a French name after its capitalised head (« Cité
    /// internationale », « Symphonie fantastique », « École nationale supérieure »: French capitalises only a name's first
    /// word), a place's generic noun before its capitalised name (« parc des Bains », « plaça del Doctor Robert »), or a
    /// name of two capitalised words or more that opens the run, the edition's own generic noun after it allowed ("the
    /// Pays de la Loire region").
    /// </summary>
    private static bool NameAsWritten(string text, List<TextSpan> words, int i, int j, bool afterName, string source, string sourceLanguage)
    {
        // Articles and prepositions before the name (« de la Cité internationale ») are the sentence's, not the name's.
        var head = i;
        while (head < j && TextFold.IsLowerWord(words[head].Text) && FunctionWords.Contains(sourceLanguage, words[head].Text))
        {
            head++;
        }

        afterName = head == i ? afterName : false;
        // A head behind an elided article is capitalised by its own word (« l'Office national des forêts »).
        var capitalisedHead = TextFold.IsCapitalised(WithoutElision(words[head].Text).Last()) && !NameRuns.AtSentenceStart(text, words[head].Start);
        var opensName = capitalisedHead && Enumerable.Range(head, j - head + 1).Count(k => TextFold.IsCapitalised(words[k].Text)) >= 2;
        var generic = NameTypography.IsPlaceGeneric(sourceLanguage, words[head].Text) && Enumerable.Range(head + 1, j - head).Any(k => TextFold.IsCapitalised(words[k].Text));
        var frenchTail = LanguageTag.Primary(sourceLanguage) == "fr" && (afterName || (capitalisedHead && j > head));
        if (!opensName && !generic && !frenchTail)
        {
            return false;
        }

        var from = frenchTail && afterName ? head - 1 : head;
        for (var last = j; last >= Math.Max(from, j - 1); last--)
        {
            if (source.Contains(text[words[from].Start..words[last].End], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word stands between two capitalised words, each a space away: a link inside a name.</summary>
    private static bool BetweenCapitals(List<TextSpan> words, TextSpan word)
    {
        var k = words.ToList().FindIndex(w => w.Start == word.Start);
        return k > 0 && k + 1 < words.Count && TextFold.IsCapitalised(words[k - 1].Text) && TextFold.IsCapitalised(words[k + 1].Text)
            && word.Start - words[k - 1].End == 1 && words[k + 1].Start - word.End == 1;
    }

    private static readonly string[] LearnedPrefixes =
        ["anti", "electro", "multi", "micro", "macro", "bio", "geo", "hidro", "hydro", "termo", "thermo", "auto", "inter", "intra", "super", "hiper", "hyper", "semi", "tele", "foto", "photo", "radio", "neuro", "cardio", "eco", "nano", "mono", "poli", "poly", "pluri", "socio", "psico", "psycho", "agro", "aero", "hipo", "hypo", "infra", "ultra", "extra", "contra", "post", "pre"];

    /// <summary>
    /// A word made with a learned prefix (« antidumping », « electrointensiva », « multiespectral ») between Spanish and
    /// Catalan: such formations are mostly spelled alike in both and dictionaries lack many of them, so a word the
    /// edition's dictionary does not know is not for that left in the original's language, unless it shows a spelling
    /// only the original's language has (« micromecenatge » in Spanish, whose word ends in « -azgo »).
    /// </summary>
    private static bool LearnedCompound(string source, string language, string word)
    {
        var pair = (LanguageTag.Primary(source), LanguageTag.Primary(language));
        if (pair is not (("es", "ca") or ("ca", "es")))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        string[] traits = pair.Item1 == "ca" ? ["l·l", "ny", "ix", "tx", "ç", "atge", "ment", "ció", "tat"] : ["ñ", "ción", "aje", "dad", "miento"];
        return LearnedPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal) && lower.Length - p.Length >= 5)
            && !traits.Any(t => t.Length <= 2 ? lower.Contains(t, StringComparison.Ordinal) : lower.EndsWith(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the edition writes the word in three paragraphs or more: a term it borrows on purpose and keeps
    /// throughout (« castells » in a French report on human towers), where a word an engine left untranslated is a
    /// slip in one place.
    /// </summary>
    private static bool Recurring(Edition edition, string word)
    {
        // Singular and plural alike (« hórreo », « hórreos »).
        var forms = WithoutElision(word).Select(NumberFolded).ToHashSet(StringComparer.Ordinal);
        return edition.Paragraphs.Count(p => WordTokenizer.Tokenize(p.Text).Any(t => WithoutElision(t.Text).Any(w => forms.Contains(NumberFolded(w))))) >= 3
            || edition.Paragraphs.Any(p => IntroducedTerms().Matches(p.Text).SelectMany(m => m.Groups["term"].Captures).Any(c => forms.Contains(NumberFolded(c.Value))));
    }

    /// <summary>A word without a plural « s », its case kept (« Fruitière », a name, is not « fruitière »).</summary>
    private static string NumberFolded(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;

    /// <summary>
    /// Terms an edition introduces by name on purpose ("granaries, known as hórreos and paneras", « ce qu'on appelle
    /// les castells »): borrowed words it then uses as its own.
    /// </summary>
    [GeneratedRegex(@"\b(?:known as|called|so-called|termed|connus sous le nom de|appelée?s?|conocid[oa]s? como|llamad[oa]s?|coneguts? com|conegudes com|anomenat|anomenada|anomenats|anomenades)\s+(?:(?:les|los|las|els|the|l['’])\s*)?(?<term>\p{Ll}+)(?:(?:,\s*|\s+(?:and|or|et|ou|y|o|i)\s+)(?<term>\p{Ll}+))*", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedTerms();

    /// <summary>
    /// A source word as written and, when an elided article or preposition is glued to it (« d'amplada »,
    /// « l'aéroport »), the word without it too: a translation may leave the word and drop the elision.
    /// </summary>
    /// <summary>
    /// The word after an elided article or preposition (« l'estuary » → "estuary") when that is a source word unknown to
    /// the edition's language and the whole is not a source word.
    /// </summary>
    private static TextSpan Unelided(TextSpan word, HashSet<string> sourceStarts, HashSet<string> unknown)
    {
        var rest = NameRuns.AfterElision(word);
        return rest.Start == word.Start || !unknown.Contains(rest.Text) || sourceStarts.Contains(TextFold.Fold(word.Text)) || !sourceStarts.Contains(TextFold.Fold(rest.Text))
            ? word
            : rest;
    }

    private static IEnumerable<string> WithoutElision(string word)
    {
        yield return word;
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        if (apostrophe is > 0 and <= 3 && apostrophe + 1 < word.Length && word[..apostrophe].All(char.IsLetter))
        {
            yield return word[(apostrophe + 1)..];
        }
    }

    /// <summary>
    /// Whether the capitalised word at <paramref name="i"/>, in mid-sentence, is joined to a capitalised word by a
    /// function word of the edition's language that the source does not use ("Consejería of Health"): the rest of
    /// the name was translated around it.
    /// </summary>
    private static bool HalfTranslatedName(string text, List<TextSpan> words, int i, string language, string source) =>
        TextFold.IsCapitalised(words[i].Text) && !NameRuns.AtSentenceStart(text, words[i].Start) && i + 2 < words.Count
        && GenitiveLinks.TryGetValue(LanguageTag.Primary(language), out var links) && links.Contains(words[i + 1].Text) && !FunctionWords.Contains(source, words[i + 1].Text)
        && TextFold.IsCapitalised(words[i + 2].Text)
        && text[words[i].End..words[i + 1].Start] == " " && text[words[i + 1].End..words[i + 2].Start] == " ";

    /// <summary>
    /// Catalan titles and institutions the Spanish press keeps as they are (« la consellera de Agricultura », « el
    /// Govern »): in a Spanish edition of a Catalan original they are the usual words, not words left untranslated.
    /// </summary>
    private static bool KeptTitle(string source, string language, string word) =>
        LanguageTag.Primary(source) == "ca" && LanguageTag.Primary(language) == "es" && TextFold.Fold(word) is
            "conseller" or "consellera" or "consellers" or "conselleres" or "conselleria" or "govern" or "generalitat" or "parlament"
            or "mossos" or "sindic" or "sindica" or "diputacio" or "president" or "presidenta";

    /// <summary>
    /// French words English has borrowed with their accents ("rosé", "café", "cliché", "résumé"), singular or plural: in an
    /// English edition they are English, though a dictionary may lack their accented or plural forms.
    /// </summary>
    private static bool EnglishLoan(string language, string word)
    {
        if (LanguageTag.Primary(language) != "en")
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return EnglishLoans.Contains(lower) || (lower.EndsWith('s') && EnglishLoans.Contains(lower[..^1]));
    }

    private static readonly HashSet<string> EnglishLoans = new(StringComparer.Ordinal)
    {
        "rosé", "café", "cliché", "résumé", "décor", "entrée", "fiancé", "fiancée", "protégé", "protégée", "soufflé", "sauté", "purée", "consommé",
        "communiqué", "début", "débutante", "élite", "naïve", "façade", "crème", "première", "détente", "exposé", "négligée", "matinée", "soirée",
        "blasé", "haute", "passé", "risqué", "touché", "attaché", "émigré", "née", "papier-mâché", "pâté", "frappé", "flambé", "glacé", "lamé", "appliqué",
        // French administrative units, which English writes as they are when it writes about France.
        "arrondissement", "département",
    };

    /// <summary>The words that join the parts of an institution's name ("Department of Health", « Conseil de l'Europe »).</summary>
    private static readonly Dictionary<string, string[]> GenitiveLinks = new(StringComparer.Ordinal)
    {
        ["en"] = ["of", "for"], ["fr"] = ["de", "du", "des"], ["es"] = ["de", "del"], ["ca"] = ["de", "del", "dels"],
    };

    /// <summary>
    /// Whether the edition's engine or dictionary does not know the word; a word joined by an apostrophe (« prud'homie »)
    /// is unknown when one of its parts is, since the look-up splits it there.
    /// </summary>
    private static bool IsUnknown(HashSet<string> unknown, string word) =>
        unknown.Contains(word) || (word.IndexOfAny(['\'', '\u2019']) > 0 && word.Split('\'', '\u2019').Any(part => part.Length > 0 && unknown.Contains(part)));

    /// <summary>
    /// A word joined by an apostrophe whose first part, of three letters or more, the edition's dictionary does not
    /// know (« prud'homie » in English): a French compound, not an English contraction ("o'clock", "rock'n'roll").
    /// </summary>
    private static bool ElidedCompound(HashSet<string> unknown, string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe >= 3 && unknown.Contains(word[..apostrophe]);
    }

    /// <summary>
    /// A single source word another translation also keeps as written: a title or name kept in its language on purpose
    /// (« La casa de les onades » quoted in the English and the French editions alike).
    /// </summary>
    private static bool KeptWordByOthers(DetectionContext context, Edition edition, Paragraph paragraph, Counterpart reference, string word)
    {
        // Compared without an elided article on either side (« l'enxaneta » in French, "the enxaneta" in English), and in
        // any case (« le roquefort », "Roquefort").
        // Also in another number or with an inflection ("two golden retrievers", "composting" beside « compost »), and a
        // demonym of a place another edition names (« tortosina » beside "Tortosa"), which both Romance languages share.
        var forms = WithoutElision(word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stems = forms.Select(NumberFolded).ToHashSet(StringComparer.Ordinal);
        return context.CounterpartsOf(edition, paragraph.Index)
            .Where(c => !ReferenceEquals(c.Edition, reference.Edition) && !LanguageTag.SameLanguage(c.Language, reference.Language))
            .Any(c => WordTokenizer.Tokenize(c.Text).Any(t => WithoutElision(t.Text).Any(w => forms.Contains(w) || stems.Contains(NumberFolded(w))
                || (LanguageTag.Primary(c.Language) == "en" && Inflected(w, word)) || (TextFold.IsCapitalised(w) && DemonymOf(edition.Language, reference.Language, word, w)))));
    }

    /// <summary>Whether the English <paramref name="other"/> is <paramref name="word"/> (six letters or more) with an English ending ("composting").</summary>
    private static bool Inflected(string other, string word) =>
        word.Length >= 6 && other.StartsWith(word, StringComparison.OrdinalIgnoreCase) && other[word.Length..] is "s" or "es" or "ing" or "ed" or "er" or "ers";

    /// <summary>
    /// Whether the lower-case word, between Spanish and Catalan, which form most demonyms alike, is a demonym of the place
    /// <paramref name="name"/>: a shared stem of five letters and a demonym's ending (« tortosina », "Tortosa").
    /// </summary>
    private static bool DemonymOf(string language, string source, string word, string name)
    {
        if (LanguageTag.Primary(language) is not ("es" or "ca") || LanguageTag.Primary(source) is not ("es" or "ca"))
        {
            return false;
        }

        return TextFold.IsLowerWord(word) && TextFold.CommonPrefix(TextFold.Fold(word), TextFold.Fold(name)) >= 5 && Demonyms.IsLowerCaseDemonym(LanguageTag.Primary(language), word, name);
    }

    /// <summary>
    /// A run another translation also keeps word for word and that starts with a capital, or has three words or more: a
    /// name, title or term left in its language on purpose ("Parents d'élèves du Rhône", a human tower's name « 3 de 10
    /// amb folre i manilles » that both translations keep and gloss).
    /// </summary>
    private static bool KeptByOthers(DetectionContext context, Edition edition, Paragraph paragraph, Counterpart reference, string run)
    {
        // The edition's own article may lead the run (« un 3 de 10 amb folre » beside "a 3 de 10 amb folre").
        var words = WordTokenizer.Tokenize(run);
        var lead = words.TakeWhile(w => FunctionWords.Contains(edition.Language, w.Text)).Count();
        var core = lead > 0 && lead < words.Count ? run[words[lead].Start..] : run;
        return (char.IsUpper(run[0]) || words.Count >= 3) && context.CounterpartsOf(edition, paragraph.Index)
            .Any(c => !ReferenceEquals(c.Edition, reference.Edition) && !LanguageTag.SameLanguage(c.Language, reference.Language)
                && (c.Text.Contains(run, StringComparison.Ordinal) || (WordTokenizer.Tokenize(core).Count >= 3 && c.Text.Contains(core, StringComparison.Ordinal))));
    }

    /// <summary>
    /// Whether the span lies in a quotation copied word for word from the original and followed by a gloss in
    /// brackets (« «La Liseuse à la fenêtre» (La lectora en la ventana) »): a title or a quotation kept in its
    /// language on purpose, with its translation beside it. A quotation left in the original without a gloss is
    /// still untranslated text.
    /// </summary>
    private static bool QuotedWithGloss(string text, int start, int end, string original)
    {
        foreach (Match quote in Quotation().Matches(text))
        {
            var inner = quote.Groups["inner"];
            if (inner.Index > start || inner.Index + inner.Length < end)
            {
                continue;
            }

            var after = text[(quote.Index + quote.Length)..].TrimStart();
            var glossed = after.StartsWith('(') || after.StartsWith('[');
            var kept = inner.Value.Trim().Length > 0 && original.Contains(inner.Value.Trim(), StringComparison.Ordinal);
            return glossed && kept;
        }

        return false;
    }

    [GeneratedRegex(@"«\s*(?<inner>[^«»]+?)\s*»|“(?<inner>[^“”]+)”|""(?<inner>[^""]+)""")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[*#@]\p{L}[\p{L}\p{M}'-]*")]
    private static partial Regex Marker();
}

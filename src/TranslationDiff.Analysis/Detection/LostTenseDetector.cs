using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A pluperfect or conditional perfect of the original (French, Spanish or Catalan, recognised by its
/// morphology: see <see cref="CompoundTenses"/>) that the matching sentence of an edition renders without any
/// perfect: « alors que le pays était resté neutre jusque-là » as "while it remained neutral until then" (no
/// "had"), « l'armée aurait tiré » as "the army fired" (no "would have", "reportedly" or the like), « se había
/// mantenido » as « se mantuvo ». The anteriority or the doubt the original expresses is lost: an accuracy
/// error against the original, which a grammar check of the edition alone cannot see (the simple past is good
/// English). Sentences are matched through the words their pivot texts share; the flagged word is the edition's
/// past verb that renders the original's (its stem found in the original's pivot), else the past verb nearest
/// the group's place in the sentence. Judges English, French, Spanish and Catalan editions on their own text.
/// </summary>
internal sealed partial class LostTenseDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex EnglishPerfect = new(@"\b(?:had|hadn['’]t|['’]d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>A modal and "have", perhaps with a negation and one adverb between ("may also have played").</summary>
    private const string ModalHave = @"(?:would|could|might|should|may|must)(?:\s+not|n['’]t)?(?:\s+(?:also|even|well|already|never|still|just|\w+ly))?\s+(?:have|['’]ve)";

    private static readonly Regex EnglishModalPerfect = new(
        @"\b(?:" + ModalHave + @"|had)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex EnglishModalHave = new(
        @"\b" + ModalHave + @"\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex EnglishHearsay = new(
        @"\b(?:reportedly|allegedly|apparently|supposedly|presumably|(?:said|reported|believed|thought|alleged|understood)\s+to\s+have|according\s+to)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>A condition in the original's sentence: the conditional perfect is counterfactual, not hearsay.</summary>
    private static readonly Regex Condition = new(
        @"(?<![\p{L}])(?:sans|sinon|faute\s+de|si|s['’]il|s['’]ils|sin|de\s+no\s+ser\s+por|de\s+lo\s+contrario|sense|si\s+no)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex ModalParticiple = new(
        @"(?<![\p{L}])(?:pu|dû|du|podido|debido|pogut|degut|hagut)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>A modal in the conditional before a perfect infinitive (« debería haber previsto », « hauria d'haver demanat », « devrait avoir payé »): « aurait dû anticiper » said with the modal first.</summary>
    private static readonly Regex RomanceModalPerfect = new(
        @"(?<![\p{L}])(?:debería|deberían|podría|podrían|tendría|tendrían|habría\s+que|hauria|haurien|podria|podrien|caldria|devrait|devraient|pourrait|pourraient|faudrait)\s+(?:de\s+|d['’])?(?:haber|haver|avoir)\s+\p{L}{3,}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex RomanceHearsay = new(
        @"(?<![\p{L}])(?:selon|apparemment|présumément|según|presuntamente|supuestamente|al\s+parecer|segons|presumptament|suposadament|pel\s+que\s+sembla)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>« llevaba tres años emitiendo », « portava tres anys emetent »: a duration up to a past moment, which keeps the anteriority.</summary>
    private static readonly Regex Continuing = new(
        @"(?<![\p{L}])(?:llevaba|llevaban|portava|portaven)\s+(?:\p{L}+\s+){0,4}\p{L}+(?:ando|iendo|ant|ent|int)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    /// <summary>Simple conditionals of French, Spanish and Catalan (« miserait », « apostaría », « superaria »).</summary>
    [GeneratedRegex(@"(?<![\p{L}])\p{L}{2,}(?:rait|raient|ría|rían|ria|rien)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SimpleConditional();

    public override string Id => CheckIds.LostTense;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var original = context.OriginalOrReference();
        if (original is null || !CompoundTenses.Supports(original.Language))
        {
            yield break;
        }

        foreach (var edition in context.Editions.Where(e => !ReferenceEquals(e, original)))
        {
            var english = LanguageTag.SameLanguage(edition.Language, "en");
            if (!english && !CompoundTenses.Supports(edition.Language))
            {
                continue;
            }

            foreach (var paragraph in edition.Paragraphs)
            {
                var source = context.CounterpartsOf(edition, paragraph.Index).FirstOrDefault(c => ReferenceEquals(c.Edition, original));
                if (source is null)
                {
                    continue;
                }

                var mine = SentenceMap.Of(paragraph, edition.Language, context.IsPivotEdition(edition));
                var pivots = mine.Select(m => m.Pivot).ToList();
                for (var s = 0; s < mine.Count; s++)
                {
                    if (CounterpartSentences.Match(source, pivots, s, context.PivotLanguage, Options.GrammarSentenceMinOverlap) is not ({ } sourcePivot, { } sourceOwn))
                    {
                        continue;
                    }

                    var groups = CompoundTenses.Find(sourceOwn, original.Language).Where(g => CompoundTenses.Anchored(sourceOwn, g)).ToList();
                    var sentence = mine[s].Original;
                    if (groups.Count == 0)
                    {
                        continue;
                    }

                    // Another "had" in the sentence does not keep this pluperfect: the verb the original's pivot has after
                    // "had" rendered as a simple past is lost whatever else the sentence keeps.
                    var lost = english && groups.Any(g => g.Kind == CompoundTenseKind.Pluperfect) ? SimplePastOfPluperfect(sentence.Text, sourcePivot) : null;
                    if (lost is null && Kept(groups, CompoundTenses.Find(sourceOwn, original.Language), sourceOwn, sentence.Text, edition.Language, english))
                    {
                        continue;
                    }

                    var group = lost is null ? groups[0] : groups.First(g => g.Kind == CompoundTenseKind.Pluperfect);
                    var verb = lost ?? RenderingVerb(sentence.Text, edition.Language, english, sourcePivot, (group.Start + (group.Length / 2.0)) / Math.Max(1, sourceOwn.Length), group.Kind == CompoundTenseKind.ConditionalPerfect, Saying().IsMatch(TextFold.Fold(group.Text.Split(' ')[^1])));
                    if (verb is not { } v || CompoundTenses.IsAuxiliary(v.Text))
                    {
                        // The word that renders the original's verb is itself a compound tense's auxiliary (« avait », « habría »,
                        // "had"): the tense is there, with something between the auxiliary and its participle.
                        continue;
                    }

                    var pluperfect = group.Kind == CompoundTenseKind.Pluperfect;
                    var tense = pluperfect ? "a pluperfect" : "a conditional perfect";
                    var meaning = pluperfect ? "an event before another past moment" : "a past event that is only reported or unreal";
                    var advice = english ? (pluperfect ? "“had …”" : "“would have …”, “reportedly …”") : "the same compound tense";
                    var message = $"The {original.Language} original has {tense} here (« {group.Text} »: {meaning}); this edition renders it as “{v.Text}”, without it: write {advice}?";
                    var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { [original.Language] = Snippets.Shorten(sourceOwn) };
                    foreach (var other in context.CounterpartsOf(edition, paragraph.Index).Where(c => !ReferenceEquals(c.Edition, original)))
                    {
                        if (CounterpartSentences.Match(other, pivots, s, context.PivotLanguage, Options.GrammarSentenceMinOverlap) is ({ } otherPivot, _))
                        {
                            evidence[other.Language] = Snippets.Shorten(otherPivot);
                        }
                    }

                    yield return FindingFactory.Create(context, edition, paragraph.Index, sentence.Start + v.Start, v.Length,
                        (Id, Categories.Mistranslation, Severity.Minor), message, evidence);
                }
            }
        }
    }

    /// <summary>
    /// Whether the edition's sentence keeps a perfect, or, for a conditional perfect of hearsay (no condition in
    /// the original: « l'armée aurait tiré »), a hearsay marker ("reportedly", « según »). A counterfactual one
    /// (« sans l'alarme, le navire aurait coulé ») needs the perfect itself.
    /// </summary>
    private static bool Kept(IReadOnlyList<CompoundTense> groups, IReadOnlyList<CompoundTense> all, string original, string sentence, string language, bool english)
    {
        var conditional = groups.Any(g => g.Kind == CompoundTenseKind.ConditionalPerfect);
        // « aurait pu », « habría podido », « hauria pogut »: a past possibility that did not happen, never hearsay.
        var modal = groups.Any(g => g.Kind == CompoundTenseKind.ConditionalPerfect && ModalParticiple.IsMatch(g.Text));
        var hearsay = conditional && !modal && !Condition.IsMatch(original);
        if (english)
        {
            // Each tense needs its own form: the "had" of an "if" clause does not keep the conditional perfect after it.
            var pluperfect = groups.Any(g => g.Kind == CompoundTenseKind.Pluperfect);
            var anyPluperfect = all.Any(g => g.Kind == CompoundTenseKind.Pluperfect);
            var modalKept = EnglishModalHave.IsMatch(sentence) || (!anyPluperfect && EnglishModalPerfect.IsMatch(sentence)) || (hearsay && EnglishHearsay.IsMatch(sentence));
            return (!conditional || modalKept) && (!pluperfect || EnglishPerfect.IsMatch(sentence));
        }

        return CompoundTenses.Find(sentence, language).Count > 0 || (hearsay && RomanceHearsay.IsMatch(sentence)) || Continuing.IsMatch(sentence)
            || (conditional && RomanceModalPerfect.IsMatch(sentence))
            || (!conditional && groups.All(g => SinceThen.IsMatch(original[(g.Start + g.Length)..Math.Min(original.Length, g.Start + g.Length + 16)])) && SinceWord.IsMatch(sentence));
    }

    /// <summary>
    /// « depuis », « desde », « des de » right after the verb (at most one word between): a pluperfect up to a past moment (« ce qui n'était plus arrivé depuis 2003 ») that
    /// Spanish and Catalan say as readily with the imperfect (« cosa que no passava des del 2003 »).
    /// </summary>
    private const string Since = @"(?:depuis|desde|des\s+de(?:l|ls)?)(?![\p{L}])";

    private static readonly Regex SinceThen = new(@"^\s*(?:\p{L}+\s+)?" + Since, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex SinceWord = new(@"(?<![\p{L}])" + Since, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>
    /// The edition's verb that renders the group: among its past verbs (and, for a conditional perfect, its modal
    /// groups), those sharing a stem with a verb after an auxiliary in the original's pivot sentence, else all; the one nearest the group's relative place.
    /// </summary>
    private static TextSpan? RenderingVerb(string sentence, string language, bool english, string sourcePivot, double place, bool conditional, bool saying)
    {
        var candidates = english ? EnglishVerbs(sentence, conditional) : CompoundTenses.PastVerbs(sentence, language).Select(m => new TextSpan(m.Index, m.Length, m.Value)).ToList();
        if (!english && conditional)
        {
            // A conditional perfect rendered as a simple conditional (« habría apostado » as « apostaría »).
            candidates.AddRange(SimpleConditional().Matches(sentence).Select(m => new TextSpan(m.Index, m.Length, m.Value)));
            candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        if (!english && !saying)
        {
            // A verb of saying (« a rappelé », « va explicar », « ha reconocido ») introduces the reported content; the
            // original's compound tense, unless it is itself one of saying (« había advertido »), sits in what is reported.
            candidates.RemoveAll(c => Saying().IsMatch(TextFold.Fold(c.Text.Split(' ')[^1])));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        if (english)
        {
            var pivotWords = WordTokenizer.Tokenize(sourcePivot).Select(w => w.Text.ToLowerInvariant()).ToList();
            var stems = pivotWords
                .SelectMany((w, i) => w is "had" or "was" or "were" or "been" or "would" ? pivotWords.Skip(i + 1).Take(3) : [])
                .Where(w => w.Length > 3 && !EnglishWords.Auxiliaries.Contains(w) && w != "been").Select(Stem).ToHashSet(StringComparer.Ordinal);
            var shared = candidates.Where(c => stems.Contains(Stem(c.Text.Split(' ')[^1]))).ToList();
            if (shared.Count > 0)
            {
                candidates = shared;
            }
            else
            {
                // A verb the original's pivot has outside any compound tense renders that other verb (« avant que le prêt ne
                // soit signé » is "before the loan was signed"), not the pluperfect.
                var others = OtherVerbs(pivotWords);
                var own = candidates.Where(c => !others.Contains(Stem(HeadVerb(sentence, c)))).ToList();
                if (own.Count > 0)
                {
                    candidates = own;
                }
            }
        }

        var length = Math.Max(1, sentence.Length);
        return candidates.MinBy(c => Math.Abs(((c.Start + (c.Length / 2.0)) / length) - place));
    }

    /// <summary>The stems of the past forms in a pivot sentence that no "had" or "would" comes before (two words at most): the original's other verbs.</summary>
    private static HashSet<string> OtherVerbs(List<string> pivotWords) =>
        pivotWords.Select((w, i) => (w, i))
            .Where(x => (EnglishWords.IsEdForm(x.w) || (EnglishWords.IrregularPast.Contains(x.w) && !EnglishWords.Auxiliaries.Contains(x.w)))
                && !pivotWords.Skip(Math.Max(0, x.i - 2)).Take(Math.Min(2, x.i)).Any(p => p is "had" or "would"))
            .Select(x => Stem(x.w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The lexical verb of a candidate: the participle after "was" or "were" (one adverb may come between), else its last word.</summary>
    private static string HeadVerb(string sentence, TextSpan candidate)
    {
        var last = candidate.Text.Split(' ')[^1];
        if (last.ToLowerInvariant() is not ("was" or "were"))
        {
            return last;
        }

        var after = WordTokenizer.Tokenize(sentence[(candidate.Start + candidate.Length)..]).Take(2).Select(w => w.Text.ToLowerInvariant()).ToList();
        var participle = after.FirstOrDefault(w => EnglishWords.IsEdForm(w) || EnglishWords.IrregularPast.Contains(w));
        return participle is not null && (after[0] == participle || IsAdverb(after[0])) ? participle : last;
    }

    /// <summary>The edition's simple past that follows "had" in the original's pivot sentence ("offered" for "had offered"), unless the edition also has it after "had"; or null.</summary>
    private static TextSpan? SimplePastOfPluperfect(string sentence, string sourcePivot)
    {
        var pivotWords = WordTokenizer.Tokenize(sourcePivot).Select(w => w.Text.ToLowerInvariant()).ToList();
        var stems = pivotWords
            .SelectMany((w, i) => w is "had" ? pivotWords.Skip(i + 1).Take(2) : [])
            .Where(w => w.Length > 3 && !EnglishWords.Auxiliaries.Contains(w) && w != "been" && (EnglishWords.IsEdForm(w) || EnglishWords.IrregularPast.Contains(w)))
            .Select(w => TextFold.Fold(w)).ToHashSet(StringComparer.Ordinal);
        // A verb the edition itself has after "had" (one or two adverbs may come between: "had still not found") is kept, whatever else repeats it.
        var words = WordTokenizer.Tokenize(sentence).Select(w => w.Text.ToLowerInvariant()).ToList();
        var kept = words.Select((w, i) => (w, i))
            .Where(x => (x.i >= 1 && words[x.i - 1] == "had") || (x.i >= 2 && words[x.i - 2] == "had" && IsAdverb(words[x.i - 1]))
                || (x.i >= 3 && words[x.i - 3] == "had" && IsAdverb(words[x.i - 2]) && IsAdverb(words[x.i - 1])))
            .Select(x => TextFold.Fold(x.w)).ToHashSet(StringComparer.Ordinal);
        stems.ExceptWith(kept);
        return EnglishVerbs(sentence, modals: false).Where(v => stems.Contains(TextFold.Fold(v.Text))).Cast<TextSpan?>().FirstOrDefault();
    }

    /// <summary>Simple-past verbs (-ed forms and irregular pasts not after an auxiliary or a determiner) and, when asked, modal groups ("could sink").</summary>
    private static List<TextSpan> EnglishVerbs(string sentence, bool modals)
    {
        var words = WordTokenizer.Tokenize(sentence);
        var result = new List<TextSpan>();
        for (var i = 1; i < words.Count; i++)
        {
            var lower = words[i].Text.ToLowerInvariant();
            var before = words[i - 1].Text.ToLowerInvariant();
            if (modals && before is "would" or "could" or "might" or "should" or "can" or "will" or "may" or "must")
            {
                result.Add(new TextSpan(words[i - 1].Start, words[i].End - words[i - 1].Start, sentence[words[i - 1].Start..words[i].End]));
            }
            else if ((EnglishWords.IsEdForm(lower) || EnglishWords.IrregularPast.Contains(lower))
                && !AfterAuxiliary(before) && !EnglishWords.Determiners.Contains(before)
                && !(i >= 2 && IsAdverb(before) && AfterAuxiliary(words[i - 2].Text.ToLowerInvariant()))) // "was even published"
            {
                result.Add(words[i]);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(?:dit|dij|dic|digu|expli|rappel|recor|assur|asseg|asegur|annon|anunc|declar|affirm|afirm|indiq|indic|preci|soulign|subray|subratll|ajout|anad|afeg|reconn|recono|reconeg|estim|regret|lament|deplor|signal|senal|assenyal|insist|avert|advirt|advert|explic|confi|admi|denon|denun|critiq|critic|rapport|relat)")]
    private static partial Regex Saying();

    private static bool AfterAuxiliary(string before) =>
        EnglishWords.Auxiliaries.Contains(before) || before is "been" or "being" or "be" or "get" or "got" or "having";

    private static bool IsAdverb(string lower) =>
        lower is "even" or "already" or "never" or "just" or "also" or "still" or "not" or "only" or "since" or "previously" or "recently" or "finally"
        || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal));

    private static string Stem(string word)
    {
        var folded = TextFold.Fold(word);
        return folded.Length > 5 ? folded[..5] : folded;
    }
}

using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A small word that carries meaning (“also”, “still”, “only”, “already”, “again”, “almost”, a negation) which
/// every other edition's pivot text has in the matching sentence and this edition's lacks: « se joue désormais
/// aussi en Orient » rendered "is now being fought in the East". Sentences are matched by shared words, in both
/// directions (each must be the other's best match), and at least <see cref="DetectionOptions.OmittedWordMinEditions"/>
/// other editions must agree, so one engine's slip does not count. Works on English pivot texts; the edition's own
/// words for the concept count too (« ne … qu'environ », « près de », « recommencé »), since its engine may drop them.
/// </summary>
internal sealed partial class OmittedWordDetector(DetectionOptions options) : ArtifactDetector(options)
{
    /// <summary>
    /// Each concept: the pivot-language words that mark it (all other editions must have one), and looser
    /// equivalents that also count as keeping it (paraphrases, and how engines render it: « seguir » gives
    /// "follow", « ningún » gives "any").
    /// </summary>
    private static readonly (string Name, string[] Markers, string[] Equivalents, Severity Severity)[] Concepts =
    [
        ("also", ["also"], ["too", "as well", "likewise", "equally", "in turn", "both"], Severity.Minor),
        ("still", ["still", "always"], ["yet", "ever", "remain", "remains", "remained", "continue", "continues", "continued", "keep", "keeps", "kept", "follow", "follows", "followed", "no longer", "anymore", "any more"], Severity.Major),
        ("only", ["only"], ["just", "solely", "merely", "alone", "exclusively", "single", "sole", "on its own", "on their own", "by itself", "by themselves"], Severity.Major),
        ("already", ["already"], ["yet", "by then", "previously", "now", "as early as"], Severity.Minor),
        ("again", ["again"], ["no longer", "once more", "anew", "another time", "re-", "second time", "new", "back into", "brought back", "bring back", "back in use", "back in service"], Severity.Minor),
        ("almost", ["almost", "nearly"], ["all but", "practically", "virtually", "close to", "near", "some", "about", "around", "roughly", "hardly", "barely", "scarcely"], Severity.Major),
        ("not", ["not", "never", "n't", "nor", "neither", "nobody", "nothing"], ["no", "none", "without", "cannot", "any", "refuse", "refuses", "refused", "deny", "denies", "denied", "fail", "fails", "failed", "lack", "lacks", "absence", "zero", "keep", "keeps", "kept", "retain", "retains", "retained", "avoid", "avoids", "avoided", "rule out", "ruled out", "goes to plan", "go to plan", "unless", "free of", "instead of", "in place of", "falls short", "fall short", "fell short", "falling short", "far from", "stay closed", "stays closed", "stayed closed", "remain closed", "remains closed", "remained closed", "unable", "impossible", "lacking", "absent", "unaware", "yet to", "incompatible", "few"], Severity.Major),
    ];

    public override string Id => CheckIds.OmittedWord;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        if (LanguageTag.Primary(context.PivotLanguage) != "en")
        {
            yield break;
        }

        foreach (var edition in context.Judged())
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                if (counterparts.Count < Options.OmittedWordMinEditions)
                {
                    continue;
                }

                var mine = SentenceMap.Of(paragraph, edition.Language, context.IsPivotEdition(edition));
                var theirs = counterparts.Select(c => SentenceSegmenter.Split(c.PivotText, context.PivotLanguage).Select(s => s.Text).ToList()).ToList();
                for (var s = 0; s < mine.Count; s++)
                {
                    var matched = new List<(Counterpart Counterpart, string Sentence)>();
                    for (var c = 0; c < counterparts.Count; c++)
                    {
                        var best = WordOverlap.Best(theirs[c], mine[s].Pivot);
                        if (best >= 0 && WordOverlap.Dice(theirs[c][best], mine[s].Pivot) >= Options.OmittedWordMinOverlap
                            && WordOverlap.Best(mine.Select(m => m.Pivot).ToList(), theirs[c][best]) == s)
                        {
                            matched.Add((counterparts[c], theirs[c][best]));
                        }
                    }

                    if (matched.Count < counterparts.Count)
                    {
                        continue;
                    }

                    var own = mine[s].Original.Text;
                    var siblings = Siblings(mine, s, theirs, matched, counterparts);
                    var missing = Concepts.Where(k => !Says(mine[s].Pivot, [.. k.Markers, .. k.Equivalents]) && !NativeWords.Says(own, edition.Language, k.Name)
                        && !siblings.Any(t => Says(mine[t].Pivot, [.. k.Markers, .. k.Equivalents]) || NativeWords.Says(mine[t].Original.Text, edition.Language, k.Name))
                        && matched.Any(m => Says(Marked(k.Name, m.Sentence), k.Markers))
                        && matched.All(m => Says(Marked(k.Name, m.Sentence), k.Markers) || (k.Name == "not" && UntranslatedNegation(m.Counterpart, m.Sentence)) || (k.Name != "not" && NativeWords.Says(OwnSentence(m.Counterpart, m.Sentence, context.PivotLanguage), m.Counterpart.Language, k.Name)))
                        && Trusted(k.Name, matched, own, edition.Language, mine[s].Pivot, context.PivotLanguage)).ToList();
                    if (missing.Count == 0)
                    {
                        continue;
                    }

                    var names = string.Join(", ", missing.Select(k => "“" + k.Name + "”"));
                    var severity = missing.Max(k => k.Severity);
                    var evidence = matched.ToDictionary(m => m.Counterpart.Language, m => Snippets.Shorten(m.Sentence), StringComparer.Ordinal);
                    var others = string.Join(" and ", matched.Select(m => m.Counterpart.Language));
                    var message = $"The {others} editions say {names} in this sentence; this edition has no {names} or equivalent: a word lost in translation?";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, mine[s].Original.Start, mine[s].Original.Length,
                        (Id, Categories.Omission, severity), message, evidence);
                }
            }
        }
    }

    /// <summary>
    /// The sentence as read for a concept's markers: for the negation, without the "never" an engine makes of « que
    /// nunca », « que mai », « que jamais » after a comparative ("more expensive that never" is "than ever"); for
    /// "still", without the "always" of « depuis toujours » ("from always": for ever); for "only", without the "only" of a
    /// thwarted outcome (", only to be postponed").
    /// </summary>
    private static string Marked(string concept, string sentence) => concept switch
    {
        "not" => SuperlativeNever().Replace(ComparativeNever().Replace(sentence, "$1 ever"), "$1 ever"),
        "still" => SinceAlways().Replace(sentence, "forever"),
        "only" => ThwartedOnly().Replace(sentence, ", but then "),
        _ => sentence,
    };

    /// <summary>
    /// French « ne » with no negation after « avant que », « à moins que », « de peur que », « de crainte que » (« avant que la
    /// pourriture ne s'installe »): it negates nothing, though engines render it "not".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:avant|moins|peur|crainte)\s+qu(?:e\s|['’])(?:(?!\b(?:pas|plus|jamais|rien|personne|aucune?|guère|ni)\b)[^.;:!?])*?\bn(?:e\s|['’])(?:(?!\b(?:pas|plus|jamais|rien|personne|aucune?|guère|ni)\b)[^.;:!?])*[.;:!?»]", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExpletiveNe();

    /// <summary>", only to find…", ", only for it to be postponed": an outcome that thwarts the one before ("but then"), no restriction.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",\s+only\s+(?=to\s|for\s+(?:\S+\s+){1,3}?to\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ThwartedOnly();

    /// <summary>« depuis toujours », « desde siempre » as an engine renders them ("from always"): for ever, not "still".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:from|since|of) always\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SinceAlways();

    /// <summary>« la plus élevée jamais relevée », « la més alta mai registrada » as an engine renders them ("the tallest temperature never registered"): ever.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(\b(?:most|least|best|worst|highest|lowest|largest|biggest|greatest|tallest|hottest|warmest|coldest|oldest|longest|deepest|heaviest|fastest|strongest|earliest|latest|first)\b(?:\s+\w+){0,3}?)\s+never\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SuperlativeNever();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\b(?:more|less|fewer|better|worse|\w{2,}er|\w{2,}est)\b(?:\s+\w+){0,3}\s+(?:than|that))\s+never\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ComparativeNever();

    /// <summary>
    /// Whether a Spanish or Catalan pivot sentence kept a negation its engine could not translate: « no » before a verb the
    /// engine did not know (« The museum no descarta organise »), which the edition's own text negates.
    /// </summary>
    private static bool UntranslatedNegation(Counterpart counterpart, string sentence)
    {
        var unknown = counterpart.Paragraphs.SelectMany(i => counterpart.Edition.Paragraphs[i].UnknownWords).ToHashSet(StringComparer.Ordinal);
        var words = WordTokenizer.Tokenize(sentence);
        return LanguageTag.Primary(counterpart.Language) is "es" or "ca"
            && words.Zip(words.Skip(1)).Any(p => p.First.Text is "no" or "No" && unknown.Contains(p.Second.Text));
    }

    /// <summary>
    /// Whether the other editions' word can be trusted for this concept. A restrictive negation (« n'a concédé qu'une défaite », "not … that") is "only", which the edition may say instead
    /// (« solo cedió una derrota »); a French expletive « ne » (« avant que la pourriture ne s'installe ») negates nothing.
    /// </summary>
    private static bool Trusted(string concept, List<(Counterpart Counterpart, string Sentence)> matched, string own, string language, string pivot, string pivotLanguage) => concept switch
    {
        "not" => (!(Says(pivot, ["only", "just"]) || NativeWords.Says(own, language, "only"))
                || !matched.Any(m => NativeWords.Says(m.Counterpart.Text, m.Counterpart.Language, "only")))
            && !matched.Any(m => LanguageTag.Primary(m.Counterpart.Language) == "fr" && ExpletiveNe().IsMatch(OwnSentence(m.Counterpart, m.Sentence, pivotLanguage))),
        _ => true,
    };

    /// <summary>
    /// The edition's other sentences that render the same sentence of every matched edition: a translation that split
    /// one sentence in two (« … est « un mal nécessaire » : « si on ne réduit pas … » » as two sentences) may say the
    /// word in the other half.
    /// </summary>
    private static List<int> Siblings(IReadOnlyList<(TextSpan Original, string Pivot)> mine, int s, List<List<string>> theirs, List<(Counterpart Counterpart, string Sentence)> matched, IReadOnlyList<Counterpart> counterparts)
    {
        var indices = matched.Select(m => counterparts.Select((c, i) => (c, i)).First(x => ReferenceEquals(x.c, m.Counterpart)).i).ToList();
        return new[] { s - 1, s + 1 }.Where(t => t >= 0 && t < mine.Count
            && indices.All(c =>
            {
                var best = WordOverlap.Best(theirs[c], mine[t].Pivot);
                return best >= 0 && ReferenceEquals(theirs[c][best], matched.First(m => ReferenceEquals(m.Counterpart, counterparts[c])).Sentence);
            })).ToList();
    }

    /// <summary>
    /// A matched edition's own words for its pivot sentence (the sentence of its own text at the same rank), so that what
    /// its engine garbled (« près de » as "near of", « ne … que » as "not … that") still counts as saying the word.
    /// </summary>
    private static string OwnSentence(Counterpart counterpart, string pivotSentence, string pivotLanguage)
    {
        var pivots = SentenceSegmenter.Split(counterpart.PivotText, pivotLanguage).Select(x => x.Text).ToList();
        var own = SentenceSegmenter.Split(counterpart.Text, counterpart.Language).Select(x => x.Text).ToList();
        var rank = pivots.IndexOf(pivotSentence);
        return pivots.Count == own.Count && rank >= 0 ? own[rank] : counterpart.Text;
    }

    private static bool Says(string sentence, string[] words)
    {
        var folded = " " + string.Join(" ", WordTokenizer.Tokenize(sentence).Select(w => TextFold.Fold(w.Text))) + " ";
        return words.Any(w => w.EndsWith('-') ? sentence.Contains(" " + w, StringComparison.OrdinalIgnoreCase)
            : w.StartsWith('n') && w.Contains('\'', StringComparison.Ordinal) ? sentence.Contains(w, StringComparison.OrdinalIgnoreCase) || sentence.Contains("n’t", StringComparison.OrdinalIgnoreCase)
            : folded.Contains(" " + w + " ", StringComparison.Ordinal));
    }
}

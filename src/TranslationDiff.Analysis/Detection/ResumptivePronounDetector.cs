using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A relative clause whose object is said twice: the relative pronoun ("that", "which", "whom") is the object
/// and an object pronoun ("it", "them", "him") fills the slot again ("a bomb, which the leader has, but that he
/// would like to make it more effective"). The relative must be followed by the clause's own subject (not by a
/// verb, an adverb or a preposition), so it is not the subject itself, and must not be the "that" of a reported clause
/// ("said that", "believes that"). The other editions decide: their pivot texts must have the words that follow
/// the pronoun (or, at the clause's end, the verb before it) without an object pronoun there, in at least one
/// edition and none with one. Judges English editions on their own text.
/// </summary>
internal sealed class ResumptivePronounDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly HashSet<string> Relatives = new(["that", "which", "whom"], StringComparer.Ordinal);

    private static readonly HashSet<string> NotAfterThat = new(["so", "such", "now", "given", "except", "provided", "in", "than"], StringComparer.Ordinal);

    private static readonly HashSet<string> Conjunctions = new(["and", "or", "but", "nor", "that", "which", "whom", "who", "because", "if", "when", "while", "as", "since", "than"], StringComparer.Ordinal);

    /// <summary>Verbs whose object is the subject of the infinitive after it ("allow it to add", "asked them to wait").</summary>
    private static readonly HashSet<string> ControlVerbs = WordSet.Of(
        "allow allows allowed allowing enable enables enabled enabling help helps helped helping ask asks asked asking force forces forced " +
        "require requires required encourage encourages encouraged invite invites invited urge urges urged permit permits permitted " +
        "persuade persuaded oblige obliges obliged want wants wanted expect expects expected tell tells told");

    public override string Id => CheckIds.ResumptivePronoun;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => LanguageTag.SameLanguage(e.Language, "en")))
        {
            foreach (var paragraph in edition.Paragraphs.Where(p => p.Kind == BlockKind.Paragraph))
            {
                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                if (counterparts.Count == 0)
                {
                    continue;
                }

                foreach (var sentence in SentenceSegmenter.Split(paragraph.Text, edition.Language))
                {
                    foreach (var (relative, pronoun, after, verb, antecedent) in Candidates(sentence.Text))
                    {
                        var verdicts = after.Length == 0 ? [] : Verdicts(counterparts, after, anchorAfter: true);
                        if (verdicts.Count == 0)
                        {
                            verdicts = Verdicts(counterparts, [verb], anchorAfter: false);
                        }

                        if (verdicts.Count == 0)
                        {
                            // The engines rendered the verb otherwise ("reimburse", "give back"): the whole relative clause on the
                            // same antecedent ("a loan that … how to reimburse.") decides.
                            verdicts = counterparts.Select(c => (c.Language, Verdict: ClauseVerdict(c.PivotText, antecedent))).Where(v => v.Verdict is not null).ToList();
                        }

                        if (verdicts.Count == 0 || verdicts.Any(v => v.Verdict!.Value.HasPronoun))
                        {
                            continue;
                        }

                        var start = sentence.Start + relative.Start;
                        var length = pronoun.End - relative.Start;
                        var clause = sentence.Text.Substring(relative.Start, length);
                        var message = $"“{pronoun.Text}” repeats the object that “{relative.Text}” already stands for in “{clause}”; the other editions have no pronoun there: drop “{pronoun.Text}”.";
                        var evidence = verdicts.ToDictionary(v => v.Language, v => v.Verdict!.Value.Context, StringComparer.Ordinal);
                        yield return FindingFactory.Create(context, edition, paragraph.Index, start, length,
                            (Id, Categories.Grammar, Severity.Minor), message, evidence);
                    }
                }
            }
        }
    }

    /// <summary>Relative pronouns followed by a subject, and an object pronoun later in the same clause.</summary>
    private static IEnumerable<(TextSpan Relative, TextSpan Pronoun, string[] After, string Verb, string Antecedent)> Candidates(string sentence)
    {
        var words = WordTokenizer.Tokenize(sentence);
        for (var r = 0; r + 3 < words.Count; r++)
        {
            var marker = words[r].Text.ToLowerInvariant();
            if (!Relatives.Contains(marker) || !IsRelative(words, r, marker, sentence) || !OpensSubject(words[r + 1].Text) || PresentVerbAt(words, r + 1))
            {
                continue;
            }

            for (var p = r + 3; p < words.Count && !Breaks(sentence, words[p - 1], words[p]); p++)
            {
                var lower = words[p].Text.ToLowerInvariant();
                if (Relatives.Contains(lower) || lower is "who" or "whose")
                {
                    break;
                }

                var before = words[p - 1].Text.ToLowerInvariant();
                if (!EnglishWords.ObjectPronouns.Contains(lower) || EnglishWords.Prepositions.Contains(before) || Conjunctions.Contains(before)
                    || EnglishWords.Auxiliaries.Contains(before) || EnglishWords.SubjectPronouns.Contains(before))
                {
                    continue;
                }

                var ends = p + 1 >= words.Count || Breaks(sentence, words[p], words[p + 1]);
                if (!ends && EnglishWords.Auxiliaries.Contains(words[p + 1].Text.ToLowerInvariant()))
                {
                    continue;
                }

                if (!ends && words[p + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && ControlVerbs.Contains(before))
                {
                    continue; // the subject of an infinitive, not an object said twice: "would allow it to add", "asked them to wait"
                }

                if (lower == "it" && p + 2 < words.Count && words[p + 2].Text.ToLowerInvariant() is "to" or "that" && !Breaks(sentence, words[p + 1], words[p + 2]))
                {
                    continue; // a dummy "it" before an adjective and its clause: "finds it hard to pay", "made it clear that"
                }

                var after = new List<string>();
                for (var a = p + 1; a < Math.Min(p + 3, words.Count) && !Breaks(sentence, words[a - 1], words[a]); a++)
                {
                    after.Add(words[a].Text);
                }

                var strong = after.Any(w => w.Length > 3 && !EnglishWords.Prepositions.Contains(w.ToLowerInvariant()) && !EnglishWords.Determiners.Contains(w.ToLowerInvariant()));
                yield return (words[r], words[p], strong ? [.. after] : [], words[p - 1].Text, words[r - 1].Text);
                break;
            }
        }
    }

    private static bool IsRelative(IReadOnlyList<TextSpan> words, int r, string marker, string sentence)
    {
        if (r == 0)
        {
            return false;
        }

        var before = words[r - 1].Text.ToLowerInvariant();
        if (marker != "that")
        {
            return !EnglishWords.Prepositions.Contains(before);
        }

        if (before is "and" or "but" or "or" or "nor" or "yet" && CoordinatesReportedClause(words, r - 1))
        {
            return false;
        }

        var afterComma = sentence[words[r - 1].End..words[r].Start].Contains(',', StringComparison.Ordinal);
        return !afterComma && !NotAfterThat.Contains(before) && !EnglishWords.ThatClauseVerbs.Contains(before) && !EnglishWords.IsVerbLike(before)
            && !before.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a "that" after the conjunction at <paramref name="conjunction"/> coordinates a reported clause ("said the
    /// government offered aid, but that the management had not wanted to study it"): the nearest clause opener before
    /// it is a reporting verb, not a relative pronoun ("a bomb, which the leader has, but that he would like…").
    /// </summary>
    private static bool CoordinatesReportedClause(IReadOnlyList<TextSpan> words, int conjunction)
    {
        for (var k = conjunction - 1; k >= 0; k--)
        {
            var lower = words[k].Text.ToLowerInvariant();
            if (lower is "which" or "who" or "whom" or "whose" || (lower == "that" && IsRelativeThatBefore(words, k)))
            {
                return false;
            }

            if (EnglishWords.ThatClauseVerbs.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an earlier "that" follows a noun-like word (a relative) rather than a reporting verb.</summary>
    private static bool IsRelativeThatBefore(IReadOnlyList<TextSpan> words, int k) =>
        k > 0 && !EnglishWords.IsVerbLike(words[k - 1].Text.ToLowerInvariant()) && !EnglishWords.ThatClauseVerbs.Contains(words[k - 1].Text.ToLowerInvariant());

    /// <summary>Whether the word can open the clause's subject: not a verb, an auxiliary, a preposition or an adverb.</summary>
    /// <summary>
    /// Whether the word after the relative reads as its verb in the present, so that the relative is the subject: an -s
    /// form before an object ("which runs the station"), or two joined before one ("which trains and equips them").
    /// </summary>
    private static bool PresentVerbAt(IReadOnlyList<TextSpan> words, int i) =>
        EnglishWords.PresentBeforeObject(words, i)
        || (i + 2 < words.Count && EnglishWords.IsSForm(words[i].Text.ToLowerInvariant()) && words[i + 1].Text == "and" && EnglishWords.PresentBeforeObject(words, i + 2));

    private static bool OpensSubject(string word)
    {
        var lower = word.ToLowerInvariant();
        return !EnglishWords.IsVerbLike(lower) && !EnglishWords.Prepositions.Contains(lower) && !lower.EndsWith("ly", StringComparison.Ordinal)
            && lower is not ("not" or "never" or "also" or "still" or "already" or "only" or "just" or "even");
    }

    /// <summary>Whether a clause boundary (punctuation) lies between two words.</summary>
    private static bool Breaks(string sentence, TextSpan a, TextSpan b) => sentence[a.End..b.Start].Any(c => c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '"' or '“' or '”' or '«' or '»');

    private static List<(string Language, (bool HasPronoun, string Context)? Verdict)> Verdicts(IReadOnlyList<Counterpart> counterparts, string[] anchor, bool anchorAfter) =>
        counterparts.Select(c => (c.Language, Verdict: Verdict(c.PivotText, anchor, anchorAfter))).Where(v => v.Verdict is not null).ToList();

    /// <summary>
    /// Whether the pivot text has a relative clause on the same antecedent noun ("loan that", "loan which"), and whether
    /// an object pronoun stands anywhere in it before its end (the next punctuation); null when it has none.
    /// </summary>
    private static (bool HasPronoun, string Context)? ClauseVerdict(string pivot, string antecedent)
    {
        var key = TextFold.Fold(antecedent);
        if (key.Length < 3 || EnglishWords.Determiners.Contains(key) || EnglishWords.Prepositions.Contains(key))
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(pivot);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (TextFold.Fold(words[i].Text) != key || !Relatives.Contains(words[i + 1].Text.ToLowerInvariant()) || Breaks(pivot, words[i], words[i + 1]))
            {
                continue;
            }

            var end = i + 2;
            while (end + 1 < words.Count && !Breaks(pivot, words[end], words[end + 1]) && !pivot[words[end].End..words[end + 1].Start].Any(c => c is '.' or '?' or '!'))
            {
                end++;
            }

            var hasPronoun = words.Skip(i + 2).Take(end - i - 1).Any(w => EnglishWords.ObjectPronouns.Contains(w.Text.ToLowerInvariant()));
            return (hasPronoun, "…" + pivot[words[i].Start..words[end].End] + "…");
        }

        return null;
    }

    /// <summary>Whether the pivot text has the anchor words, and whether an object pronoun stands beside them.</summary>
    private static (bool HasPronoun, string Context)? Verdict(string pivot, string[] anchor, bool anchorAfter)
    {
        var words = WordTokenizer.Tokenize(pivot);
        var folded = words.Select(w => TextFold.Fold(w.Text)).ToList();
        var keys = anchor.Select(TextFold.Fold).ToList();
        (bool HasPronoun, string Context)? verdict = null;
        for (var i = 0; i + keys.Count <= folded.Count; i++)
        {
            if (!keys.Select((k, j) => folded[i + j] == k).All(x => x))
            {
                continue;
            }

            var neighbour = anchorAfter ? i - 1 : i + keys.Count;
            var hasPronoun = neighbour >= 0 && neighbour < folded.Count && (EnglishWords.ObjectPronouns.Contains(folded[neighbour]) || folded[neighbour] == "her");
            var from = words[Math.Max(0, i - 4)].Start;
            var to = words[Math.Min(words.Count - 1, i + keys.Count + 2)].End;
            if (verdict is null || hasPronoun)
            {
                verdict = (hasPronoun, "…" + pivot[from..to] + "…");
            }
        }

        return verdict;
    }
}

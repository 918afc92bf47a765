using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A sentence that is only a noun phrase and a relative clause, with no main verb: "A situation that the South
/// Korean neighbor is monitoring closely, while the two countries are at war." French and Spanish news prose
/// allows it (« Une situation que le voisin sud-coréen surveille de près ») but in English it is a fragment.
/// The sentence opens with a determiner and at most <see cref="DetectionOptions.VerblessSentenceMaxHeadWords"/>
/// words with no verb among them, then a relative pronoun; the relative clause holds at most one verb group and
/// runs to the sentence's end, to a colon, or to a comma followed by an adverbial clause ("while …", "as …", an -ing form).
/// At least one other edition's matching sentence must open the same way (the fragment came from the
/// original's style). Judges English editions on their own text; headings are left alone.
/// </summary>
internal sealed class VerblessSentenceDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly HashSet<string> Openers = new(["a", "an", "the", "another", "one", "such"], StringComparer.Ordinal);

    private static readonly HashSet<string> RelativeWords = new(["that", "which", "who", "whom", "whose", "where"], StringComparer.Ordinal);

    private static readonly HashSet<string> GroupContinuers = new(["been", "being", "not", "never", "also", "already", "still", "be"], StringComparer.Ordinal);

    private static readonly HashSet<string> HeadAdverbs = new(["also", "still", "already", "never", "often", "always", "now", "again", "recently", "currently", "usually"], StringComparer.Ordinal);

    public override string Id => CheckIds.VerblessSentence;

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

                var sentences = SentenceSegmenter.Split(paragraph.Text, edition.Language);
                var texts = sentences.Select(s => s.Text).ToList();
                for (var s = 0; s < sentences.Count; s++)
                {
                    if (Fragment(texts[s], Options.VerblessSentenceMaxHeadWords, strict: true) is not { } length)
                    {
                        continue;
                    }

                    var witnesses = counterparts
                        .Select(c => (c.Language, Match: CounterpartSentences.Match(c, texts, s, context.PivotLanguage, Options.GrammarSentenceMinOverlap)))
                        .Where(w => w.Match is { } m && Fragment(m.Pivot, Options.VerblessSentenceMaxHeadWords, strict: false) is not null)
                        .ToList();
                    if (witnesses.Count == 0)
                    {
                        continue;
                    }

                    var flagged = texts[s][..length].TrimEnd();
                    var message = $"“{flagged}” has no main verb: a noun and a relative clause, as {string.Join(" and ", witnesses.Select(w => w.Language))} news style allows but English does not. Give it a verb (e.g. “… is watching the situation closely”) or join it to the sentence before.";
                    var evidence = witnesses.ToDictionary(w => w.Language, w => Snippets.Shorten(w.Match!.Value.Own ?? w.Match!.Value.Pivot), StringComparer.Ordinal);
                    yield return FindingFactory.Create(context, edition, paragraph.Index, sentences[s].Start, flagged.Length,
                        (Id, Categories.Grammar, Severity.Minor), message, evidence);
                }
            }
        }
    }

    /// <summary>
    /// The length of the fragment (opening noun phrase and relative clause) when the sentence is one, else null.
    /// Not strict (for the other editions' pivot texts): only the opening is judged.
    /// </summary>
    private static int? Fragment(string sentence, int maxHead, bool strict)
    {
        var words = WordTokenizer.Tokenize(sentence);
        if (words.Count < 4 || words[0].Start > 2 || !Openers.Contains(words[0].Text.ToLowerInvariant()))
        {
            return null;
        }

        var relative = -1;
        for (var i = 1; i <= Math.Min(maxHead + 1, words.Count - 2); i++)
        {
            var lower = words[i].Text.ToLowerInvariant();
            // An adverb that stands before a verb, not inside a noun phrase ("The park also points out that…"), means the verb follows.
            if (Breaks(sentence, words[i - 1], words[i]) || HeadAdverbs.Contains(lower)
                || (!RelativeWords.Contains(lower) && (EnglishWords.IsVerbLike(lower) || (i >= 2 && EnglishWords.PresentBeforeObject(words, i)))))
            {
                return null;
            }

            if (RelativeWords.Contains(lower))
            {
                relative = i;
                break;
            }
        }

        if (relative < 2)
        {
            return null;
        }

        if (!strict)
        {
            return words[relative].End;
        }

        var end = relative + 1;
        while (end < words.Count && !Breaks(sentence, words[end - 1], words[end]))
        {
            end++;
        }

        var groups = 0;
        for (var i = relative + 1; i < end; i++)
        {
            var lower = words[i].Text.ToLowerInvariant();
            var previous = words[i - 1].Text.ToLowerInvariant();
            if (lower != "that" && RelativeWords.Contains(lower))
            {
                break; // a relative clause inside the relative clause ("… to fans who had gone months without …") has verbs of its own
            }

            if (EnglishWords.Prepositions.Contains(previous))
            {
                continue; // a participle after a preposition is an adjective ("in lost orders")
            }

            // "that" right after the noun is the relative pronoun, not a determiner: "The blaze that burned ...".
            var determined = i - 1 > relative && (EnglishWords.Determiners.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal))
                && !EnglishWords.Auxiliaries.Contains(lower);
            var adverbInGroup = previous.EndsWith("ly", StringComparison.Ordinal) && i - 2 > relative && EnglishWords.Auxiliaries.Contains(words[i - 2].Text.ToLowerInvariant());
            if (EnglishWords.IsVerbLike(lower) && !determined && !(EnglishWords.IsVerbLike(previous) || GroupContinuers.Contains(previous) || adverbInGroup))
            {
                groups++;
            }
        }

        if (groups > 1 || (end < words.Count && !OpensAdverbial(words[end].Text, sentence[words[end - 1].End..words[end].Start])))
        {
            return null;
        }

        return words[end - 1].End;
    }

    /// <summary>
    /// Whether what follows the relative clause is not the main clause's verb: an adverbial clause after a comma, or
    /// anything after a colon, which opens a quotation or an explanation ("A model that she defends: “…”").
    /// </summary>
    private static bool OpensAdverbial(string word, string gap)
    {
        var lower = word.ToLowerInvariant();
        return gap.Contains(':', StringComparison.Ordinal) || gap.Contains(',', StringComparison.Ordinal)
            && (EnglishWords.Subordinators.Contains(lower) || lower is "with" or "without" or "despite" or "amid" || (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5));
    }

    private static bool Breaks(string sentence, TextSpan a, TextSpan b) =>
        sentence[a.End..b.Start].Any(c => c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '"' or '“' or '”' or '«' or '»');
}

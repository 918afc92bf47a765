using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Finds sentence breaks an edition has and the other editions do not: two neighbouring sentences that both
/// match the same single sentence of the other editions, one of them a short fragment whose words that sentence
/// holds. A long sentence cut into two halves, neither short (up to 20 words each), counts when every other edition,
/// two at least, holds both halves in one sentence and the second half does not open with a subject pronoun or a
/// definite article ("It will take…", "The 58th edition… drew" are sentences a careful translator may split off). The finding covers the garbled clause before the
/// break and the fragment after it.
/// </summary>
internal sealed class SpuriousBreakFinder(DetectionContext context, int maxFragmentWords)
{
    private const double FragmentCoverage = 0.6;

    /// <summary>The longest half of a long sentence cut in two that is looked at (in pivot words).</summary>
    private const int LongSplitWords = 20;

    /// <summary>Subject pronouns, by language: a half that opens with one is a sentence of its own ("It will take…").</summary>
    private static readonly Dictionary<string, HashSet<string>> SubjectPronouns = new(StringComparer.Ordinal)
    {
        ["en"] = WordSet.Of("it he she they we i you there"),
        ["fr"] = WordSet.Of("il elle ils elles on nous vous je"),
        ["es"] = WordSet.Of("él ella ellos ellas nosotros nosotras vosotros"),
        ["ca"] = WordSet.Of("ell ella ells elles nosaltres vosaltres"),
    };

    public IEnumerable<Finding> Find(Edition edition, Paragraph paragraph)
    {
        var sentences = SentenceMap.Of(paragraph, edition.Language, context.IsPivotEdition(edition));
        if (sentences.Count < 2 || paragraph.Kind == BlockKind.Heading)
        {
            yield break;
        }

        var counterparts = context.CounterpartsOf(edition, paragraph.Index)
            .Select(c => (Counterpart: c, Sentences: SentenceSegmenter.Split(c.PivotText, context.PivotLanguage).Select(s => s.Text).ToList()))
            .Where(c => c.Sentences.Count > 0)
            .ToList();
        if (counterparts.Count == 0)
        {
            yield break;
        }

        for (var k = 0; k + 1 < sentences.Count; k++)
        {
            var first = sentences[k];
            var second = sentences[k + 1];
            var firstWords = WordTokenizer.Tokenize(first.Pivot).Count;
            var secondWords = WordTokenizer.Tokenize(second.Pivot).Count;
            var fragmentIsSecond = secondWords <= firstWords;
            var fragment = fragmentIsSecond ? second.Pivot : first.Pivot;
            // A sentence that opens with a name in apposition ("Arverne Rail, subsidiary of…", "Montserrat Vidal, who…")
            // carries its own clause after the comma, so it may be longer and still be a fragment cut from the sentence before.
            var limit = fragmentIsSecond && OpensWithNameInApposition(second.Original.Text) ? maxFragmentWords * 2 : maxFragmentWords;
            // A long sentence cut in two halves, neither a short fragment, needs every other edition to hold both halves in
            // one sentence of theirs.
            var halves = Math.Min(firstWords, secondWords) > limit;
            if (halves && (Math.Min(firstWords, secondWords) > LongSplitWords || OpensWithSubjectPronoun(second.Original.Text, edition.Language) || counterparts.Count < 2))
            {
                continue;
            }

            var votes = 0;
            var originalBreaks = false;
            var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (counterpart, theirs) in counterparts)
            {
                // The original breaks here too: the edition follows it ("… three sources. The grant…"), whatever another translation merged.
                var isOriginal = context.IsOriginalLanguage(counterpart.Language);
                if (theirs.Count >= sentences.Count)
                {
                    originalBreaks |= isOriginal;
                    continue;
                }

                var a = WordOverlap.Best(theirs, first.Pivot);
                var b = WordOverlap.Best(theirs, second.Pivot);
                originalBreaks |= isOriginal && a != b;
                if (a == b && WordOverlap.Coverage(fragment, theirs[a]) >= FragmentCoverage
                    && (!halves || WordOverlap.Coverage(fragmentIsSecond ? first.Pivot : second.Pivot, theirs[a]) >= FragmentCoverage))
                {
                    votes++;
                    evidence[counterpart.Language] = Snippets.Shorten(theirs[a]);
                }
            }

            if (votes == 0 || originalBreaks || votes * 2 < counterparts.Count || (halves && votes < counterparts.Count))
            {
                continue;
            }

            var (start, end) = fragmentIsSecond
                ? (ClauseStartBefore(paragraph.Text, first.Original), second.Original.End)
                : (first.Original.Start, ClauseEndAfter(paragraph.Text, second.Original));
            var flagged = paragraph.Text[start..end];
            var (language, sentence) = evidence.First();
            var message = $"A spurious sentence break in “{flagged}”: the other editions keep this in one sentence ({language}: “{sentence}”), "
                + "and the clause around the break is garbled.";
            yield return FindingFactory.Create(context, edition, paragraph.Index, start, end - start,
                (CheckIds.BrokenSentence, Categories.Mistranslation, Severity.Major), message, evidence);
        }
    }

    /// <summary>
    /// Whether the sentence opens as a statement of its own: with a subject pronoun, a person's or body's name that is
    /// not in apposition ("Montserrat Vidal has asked…"), or a definite article ("The 58th edition, which closed on
    /// Saturday, drew…") that is not a relative's (« El que esmorteeix »).
    /// </summary>
    private static bool OpensWithSubjectPronoun(string sentence, string language)
    {
        var words = WordTokenizer.Tokenize(sentence);
        var primary = LanguageTag.Primary(language);
        if (words.Count == 0 || !SubjectPronouns.TryGetValue(primary, out var pronouns))
        {
            return false;
        }

        var first = words[0].Text.ToLowerInvariant();
        var next = words.Count > 1 ? TextFold.Fold(words[1].Text) : string.Empty;
        var named = words.Count > 2 && TextFold.IsCapitalised(words[0].Text) && TextFold.IsCapitalised(words[1].Text)
            && sentence[words[0].End..words[1].Start] == " " && !OpensWithNameInApposition(sentence);
        return pronouns.Contains(first) || named
            || (DefiniteArticles.Contains(first) && next is not ("que" or "qual" or "quals" or "cual" or "cuales" or "quel" or "quelle"))
            || first.StartsWith("l'", StringComparison.Ordinal) || first.StartsWith("l’", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> DefiniteArticles = WordSet.Of("the le la les el los las els");

    /// <summary>Whether the sentence starts with two capitalised words or more followed straight by a comma.</summary>
    private static bool OpensWithNameInApposition(string sentence)
    {
        var words = WordTokenizer.Tokenize(sentence);
        var k = 0;
        while (k < words.Count && TextFold.IsCapitalised(words[k].Text) && (k == 0 || sentence[words[k - 1].End..words[k].Start] == " "))
        {
            k++;
        }

        return k >= 2 && k < words.Count && sentence[words[k - 1].End..words[k].Start].StartsWith(',');
    }

    /// <summary>Start of the last clause of a sentence: after its last comma, quote, colon or dash.</summary>
    private static int ClauseStartBefore(string text, TextSpan sentence)
    {
        var i = sentence.End - 1;
        while (i > sentence.Start && (SentenceSegmenter.IsTerminal(text[i]) || SentenceSegmenter.IsCloser(text[i])))
        {
            i--;
        }

        while (i > sentence.Start && !IsClauseMark(text[i - 1]))
        {
            i--;
        }

        while (i < sentence.End && (char.IsWhiteSpace(text[i]) || IsClauseMark(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>End of the first clause of a sentence: before its first comma, quote, colon or dash.</summary>
    private static int ClauseEndAfter(string text, TextSpan sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && (IsClauseMark(text[i]) || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        while (i < sentence.End && !IsClauseMark(text[i]))
        {
            i++;
        }

        while (i > sentence.Start && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsClauseMark(char c) =>
        c is ',' or ';' or ':' or '"' or '“' or '”' or '«' or '»' or '(' or ')' or '—' or '–';
}

using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Finds sentence breaks an edition has and the other editions do not: two neighbouring sentences that both
/// match the same single sentence of the other editions, one of them a short fragment whose words that sentence
/// holds. The finding covers the garbled clause before the break and the fragment after it.
/// </summary>
internal sealed class SpuriousBreakFinder(DetectionContext context, int maxFragmentWords)
{
    private const double FragmentCoverage = 0.6;

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
            if (Math.Min(firstWords, secondWords) > limit)
            {
                continue;
            }

            var votes = 0;
            var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (counterpart, theirs) in counterparts)
            {
                if (theirs.Count >= sentences.Count)
                {
                    continue;
                }

                var a = WordOverlap.Best(theirs, first.Pivot);
                var b = WordOverlap.Best(theirs, second.Pivot);
                if (a == b && WordOverlap.Coverage(fragment, theirs[a]) >= FragmentCoverage)
                {
                    votes++;
                    evidence[counterpart.Language] = Snippets.Shorten(theirs[a]);
                }
            }

            if (votes == 0 || votes * 2 < counterparts.Count)
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

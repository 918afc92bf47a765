using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Spurious sentence breaks: a full stop followed by a lower-case word, which splits a name or a phrase
/// ("Korea. of the North"), and an extra sentence break that cuts off a fragment the other editions keep
/// in one sentence, reported with the garbled clause around it ("the head of the war said. Yoon Suk Yeol State.").
/// </summary>
internal sealed partial class BrokenSentenceDetector(DetectionOptions options) : ArtifactDetector(options)
{
    public override string Id => CheckIds.BrokenSentence;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        var findings = new List<Finding>();
        foreach (var edition in context.Editions)
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                findings.AddRange(LowerCaseAfterStop(context, edition, paragraph));
                findings.AddRange(NameSplitByStop(context, edition, paragraph));
                findings.AddRange(RelativeClauseAfterStop(context, edition, paragraph));
                findings.AddRange(SubordinateClauseBreaks.Find(context, edition, paragraph));
            }
        }

        var breaks = new SpuriousBreakFinder(context, Options.BrokenSentenceMaxFragmentWords);
        foreach (var edition in context.Judged())
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                findings.AddRange(breaks.Find(edition, paragraph)
                    .Where(f => !findings.Any(o => o.Language == f.Language && o.Paragraph == f.Paragraph && Overlap(o, f))));
            }
        }

        return findings;
    }

    /// <summary>Languages that write ordinal numbers with a full stop ("3. November").</summary>
    private static readonly HashSet<string> OrdinalDotLanguages = new(StringComparer.Ordinal) { "de", "da", "no", "nb", "nn", "fi", "cs", "sk", "pl", "hu", "tr", "sl", "hr", "sr", "is", "et", "lv", "eu", "bs", "mk", "fo" };

    private static IEnumerable<Finding> LowerCaseAfterStop(DetectionContext context, Edition edition, Paragraph paragraph)
    {
        var text = paragraph.Text;
        for (var dot = 1; dot < text.Length - 2; dot++)
        {
            // After a digit too ("on November 3. and will last"), except where a stop after a number makes it an ordinal (German "3. November").
            var afterDigit = char.IsAsciiDigit(text[dot - 1]) && !OrdinalDotLanguages.Contains(LanguageTag.Primary(edition.Language));
            if (text[dot] != '.' || !(char.IsLetter(text[dot - 1]) || afterDigit) || text[dot - 1] == '.' || text[dot + 1] == '.'
                || SentenceSegmenter.IsFalseStop(text, dot, edition.Language))
            {
                continue;
            }

            var next = dot + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next == dot + 1 || next >= text.Length || !char.IsLower(text[next]))
            {
                continue;
            }

            var start = WordStartBefore(text, dot);
            var end = SpanEndAfter(text, next);
            var flagged = text[start..end];
            var message = $"A full stop is followed by a lower-case word in “{flagged}”: a name or phrase has been split by a spurious sentence break.";
            var evidence = context.CounterpartsOf(edition, paragraph.Index)
                .ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
            yield return FindingFactory.Create(context, edition, paragraph.Index, start, end - start,
                (CheckIds.BrokenSentence, Categories.Punctuation, Severity.Major), message, evidence);
        }
    }

    /// <summary>
    /// A full stop between two capitalised words that the other editions write side by side ("Inmaculada.
    /// Ferrán Soler" for "Inmaculada Ferrán Soler"): a name split by a spurious sentence break.
    /// </summary>
    private static IEnumerable<Finding> NameSplitByStop(DetectionContext context, Edition edition, Paragraph paragraph)
    {
        var text = paragraph.Text;
        var words = WordTokenizer.Tokenize(text);
        var counterparts = context.CounterpartsOf(edition, paragraph.Index);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var before = words[i];
            var after = words[i + 1];
            if (text[before.End..after.Start] != ". " || !TextFold.IsCapitalised(before.Text) || !TextFold.IsCapitalised(after.Text)
                || SentenceStartsAt(text, before.Start) || SentenceSegmenter.IsFalseStop(text, before.End, edition.Language))
            {
                continue;
            }

            var joined = before.Text + " " + after.Text;
            var holders = counterparts.Where(c => c.Text.Contains(joined, StringComparison.Ordinal) || c.PivotText.Contains(joined, StringComparison.Ordinal)).ToList();
            if (holders.Count == 0)
            {
                continue;
            }

            var end = SpanEndAfter(text, after.Start);
            var flagged = text[before.Start..end];
            var message = $"A full stop splits the name “{joined}” in “{flagged}”; the other editions write it in one piece.";
            var evidence = holders.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
            yield return FindingFactory.Create(context, edition, paragraph.Index, before.Start, end - before.Start,
                (CheckIds.BrokenSentence, Categories.Punctuation, Severity.Major), message, evidence);
        }
    }

    /// <summary>
    /// Relative words that cannot open a statement of their own: a sentence that starts with one and is not a
    /// question is a relative clause cut off from its antecedent ("the painting. Which revealed", « Generalitat.
    /// Que ha exigido », "replied Odile Fabre. Who makes"). Questions are not candidates (they end in a question mark);
    /// "Who knows." is left alone.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> RelativeOpeners = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal) { "Which", "Whose", "Whom", "Who" },
        ["es"] = new(StringComparer.Ordinal) { "Que", "Cuyo", "Cuya", "Cuyos", "Cuyas", "Quien", "Quienes" },
        ["ca"] = new(StringComparer.Ordinal) { "Que", "Qui", "Del", "Dels" },
        ["fr"] = new(StringComparer.Ordinal) { "Dont", "Lequel", "Laquelle", "Lesquels", "Lesquelles", "Auquel", "Duquel", "Qui" },
    };

    /// <summary>
    /// A full stop followed by a relative word opening a sentence that is no question, in a paragraph with more
    /// sentences than the other editions give it: the relative clause has been cut off by a spurious break.
    /// </summary>
    private static IEnumerable<Finding> RelativeClauseAfterStop(DetectionContext context, Edition edition, Paragraph paragraph)
    {
        if (!RelativeOpeners.TryGetValue(LanguageTag.Primary(edition.Language), out var openers))
        {
            yield break;
        }

        var counterparts = context.CounterpartsOf(edition, paragraph.Index);
        foreach (var candidate in CutOffSentences.Candidates(context, edition, paragraph, counterparts))
        {
            var words = candidate.Words;
            var prepositional = words.Count >= 4 && PrepositionThenRelative().IsMatch(candidate.Sentence.Text);
            if (words.Count < 3 || ((!openers.Contains(words[0].Text) || IsRelativeCatalanContraction(edition.Language, words)) && !prepositional)
                || (words[0].Text == "Who" && words[1].Text == "knows"))
            {
                continue;
            }

            yield return CutOffSentences.Create(context, edition, paragraph, counterparts, candidate, 1,
                flagged => $"A sentence opens with the relative “{words[0].Text}” in “{flagged}”: a relative clause has been cut from the sentence before by a spurious full stop.");
        }
    }

    /// <summary>A preposition and a relative pronoun opening the sentence: « De les quals », « En el cual », « Dans lequel », "In which".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:De|Amb|En|Per|A|Con|Por|Para|Dans|Pour|Parmi|Avec|Sur|In|Of|With|For|From)\s+(?:(?:la|les|el|els|los|las|lo)\s+)?(?:qual|quals|cual|cuales|quien|quienes|lequel|laquelle|lesquels|lesquelles|which|whom)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PrepositionThenRelative();

    /// <summary>Catalan « Del » and « Dels » open a sentence as "of the" too; only « del qual », « dels quals » are relative.</summary>
    private static bool IsRelativeCatalanContraction(string language, IReadOnlyList<TextSpan> words) =>
        LanguageTag.Primary(language) == "ca" && words[0].Text.StartsWith("Del", StringComparison.Ordinal)
        && !words[1].Text.StartsWith("qual", StringComparison.Ordinal);

    /// <summary>Start of the word before the stop, with the capitalised words of a name before it.</summary>
    internal static int WordStartBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && WordTokenizer.IsWordChar(text[start - 1]))
        {
            start--;
        }

        while (char.IsUpper(text[start]))
        {
            var previousEnd = start - 1;
            if (previousEnd <= 0 || text[previousEnd] != ' ' || !WordTokenizer.IsWordChar(text[previousEnd - 1]))
            {
                break;
            }

            var previousStart = previousEnd;
            while (previousStart > 0 && WordTokenizer.IsWordChar(text[previousStart - 1]))
            {
                previousStart--;
            }

            if (!char.IsUpper(text[previousStart]) || SentenceStartsAt(text, previousStart))
            {
                break;
            }

            start = previousStart;
        }

        return start;
    }

    /// <summary>End of the split phrase: up to three lower-case words and the capitalised words that follow them.</summary>
    private static int SpanEndAfter(string text, int next)
    {
        var words = WordTokenizer.Tokenize(text[next..]).Select(w => w with { Start = w.Start + next }).ToList();
        var lower = 0;
        while (lower < words.Count && lower < 3 && TextFold.IsLowerWord(words[lower].Text) && Adjacent(text, words, lower))
        {
            lower++;
        }

        var end = lower;
        while (end < words.Count && TextFold.IsCapitalised(words[end].Text) && Adjacent(text, words, end))
        {
            end++;
        }

        return end > lower ? words[end - 1].End : words[0].End;
    }

    private static bool Adjacent(string text, List<TextSpan> words, int i) =>
        i == 0 || text[words[i - 1].End..words[i].Start].All(c => c == ' ');

    private static bool SentenceStartsAt(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '«' or '(' or '‘'))
        {
            k--;
        }

        return k < 0 || SentenceSegmenter.IsTerminal(text[k]) || text[k] == ':';
    }

    private static bool Overlap(Finding a, Finding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}

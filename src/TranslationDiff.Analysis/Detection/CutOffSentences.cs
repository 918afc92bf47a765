using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// What the broken-sentence rules for a clause cut off as its own sentence share: the sentences after a full stop
/// that are no question, in a paragraph (not a heading) with more sentences than every other edition gives it, and
/// the finding that covers the end of the sentence before and the start of the cut-off one.
/// </summary>
internal static class CutOffSentences
{
    /// <summary>
    /// Each sentence after the first that follows a full stop and is no question (holds no question mark, which may close a
    /// quotation before its attribution), with its words and where the text before it ends.
    /// </summary>
    public static IEnumerable<(TextSpan Sentence, IReadOnlyList<TextSpan> Words, int BeforeEnd)> Candidates(
        DetectionContext context, Edition edition, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts)
    {
        if (paragraph.Kind == BlockKind.Heading)
        {
            yield break;
        }

        var text = paragraph.Text;
        var sentences = SentenceSegmenter.Split(text, edition.Language);
        if (sentences.Count < 2 || counterparts.Count == 0
            || counterparts.Any(c => SentenceSegmenter.Split(c.Text, c.Language).Count >= sentences.Count))
        {
            yield break;
        }

        for (var k = 1; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            var words = WordTokenizer.Tokenize(sentence.Text);
            var before = text[..sentence.Start].TrimEnd();
            if (words.Count > 0 && words[0].Start == 0 && before.EndsWith('.') && !sentence.Text.Contains('?', StringComparison.Ordinal))
            {
                yield return (sentence, words, before.Length);
            }
        }
    }

    /// <summary>The finding from the word before the full stop to the end of the cut-off sentence's word <paramref name="lastWord"/>.</summary>
    public static Finding Create(DetectionContext context, Edition edition, Paragraph paragraph, IReadOnlyList<Counterpart> counterparts,
        (TextSpan Sentence, IReadOnlyList<TextSpan> Words, int BeforeEnd) candidate, int lastWord, Func<string, string> message)
    {
        var text = paragraph.Text;
        var start = BrokenSentenceDetector.WordStartBefore(text, candidate.BeforeEnd - 1);
        var end = candidate.Sentence.Start + candidate.Words[Math.Min(lastWord, candidate.Words.Count - 1)].End;
        var evidence = counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
        return FindingFactory.Create(context, edition, paragraph.Index, start, end - start,
            (CheckIds.BrokenSentence, Categories.Punctuation, Severity.Major), message(text[start..end]), evidence);
    }
}

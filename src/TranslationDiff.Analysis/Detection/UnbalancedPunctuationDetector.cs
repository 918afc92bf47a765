using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Quotes and brackets opened and not closed, or closed and not opened, within a paragraph, when the other
/// editions' texts of that paragraph are balanced (a quotation running over several paragraphs is left alone).
/// </summary>
internal sealed class UnbalancedPunctuationDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly (char Open, char Close)[] Pairs = [('(', ')'), ('[', ']'), ('“', '”'), ('«', '»')];
    private static readonly (char Open, char Close)[] GermanPairs = [('(', ')'), ('[', ']'), ('„', '“'), ('»', '«')];

    public override string Id => CheckIds.UnbalancedPunctuation;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                var stray = Stray(paragraph.Text, edition.Language);
                if (stray.Count == 0)
                {
                    continue;
                }

                var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                if (counterparts.Count == 0 || counterparts.Any(c => Stray(c.Text, c.Language).Count > 0))
                {
                    continue;
                }

                var evidenceText = counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
                if (MismatchedQuotes(paragraph.Text, stray) is { } pair)
                {
                    // « … " : one quotation opened with one mark and closed with another.
                    var (open, close) = (paragraph.Text[pair.Open], paragraph.Text[pair.Close]);
                    yield return FindingFactory.Create(context, edition, paragraph.Index, pair.Open, pair.Close - pair.Open + 1, (Id, Categories.Punctuation, Severity.Minor),
                        $"The quotation opened with “{open}” is closed with “{close}”: the marks do not match.", evidenceText);
                    continue;
                }

                foreach (var position in stray)
                {
                    var mark = paragraph.Text[position];
                    var message = IsOpening(mark)
                        ? $"“{mark}” is opened and never closed in this paragraph; the other editions' text is balanced."
                        : $"“{mark}” closes something never opened in this paragraph; the other editions' text is balanced.";
                    var evidence = counterparts.ToDictionary(c => c.Language, c => Snippets.Shorten(c.Text), StringComparer.Ordinal);
                    // An opening quotation mark never closed spans the quotation to the end of the paragraph, where the closing mark is missing.
                    var length = mark is '«' or '“' ? paragraph.Text.TrimEnd().Length - position : 1;
                    yield return FindingFactory.Create(context, edition, paragraph.Index, position, length, (Id, Categories.Punctuation, Severity.Minor), message, evidence);
                }
            }
        }
    }

    /// <summary>
    /// The only two stray marks of the paragraph when they are an opening quotation mark and, after it, a closing
    /// mark of another kind (« … ", “ … »), or null.
    /// </summary>
    private static (int Open, int Close)? MismatchedQuotes(string text, List<int> stray)
    {
        if (stray.Count != 2)
        {
            return null;
        }

        var (first, second) = (Math.Min(stray[0], stray[1]), Math.Max(stray[0], stray[1]));
        return text[first] is '«' or '“' or '"' && text[second] is '»' or '”' or '"' && text[first] != text[second] ? (first, second) : null;
    }

    /// <summary>Positions of marks without a partner; straight double quotes count as pairs in order.</summary>
    internal static List<int> Stray(string text, string language)
    {
        var stray = new List<int>();
        foreach (var (open, close) in LanguageTag.Primary(language) == "de" ? GermanPairs : Pairs)
        {
            var stack = new Stack<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == open)
                {
                    stack.Push(i);
                }
                else if (text[i] == close)
                {
                    if (stack.Count > 0)
                    {
                        stack.Pop();
                    }
                    else
                    {
                        stray.Add(i);
                    }
                }
            }

            stray.AddRange(stack);
        }

        var straight = Enumerable.Range(0, text.Length).Where(i => text[i] == '"').ToList();
        if (straight.Count % 2 == 1)
        {
            stray.Add(straight[^1]);
        }

        stray.Sort();
        return stray;
    }

    private static bool IsOpening(char c) => c is '(' or '[' or '“' or '«' or '„';
}

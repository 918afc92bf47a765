using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// The same word twice in a row ("the the"), unless the language allows it there ("that that", "nous nous")
/// or another edition's text has the same doubling.
/// </summary>
internal sealed class DoubledWordDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["en"] = ["that", "had", "is", "bye", "very", "so", "no", "knock", "far", "more"],
        ["fr"] = ["nous", "vous", "bien", "très", "si", "non", "tout", "plus"],
        ["es"] = ["muy", "no", "poco", "más", "ya"],
        ["ca"] = ["molt", "no", "més", "ja"],
        ["de"] = ["die", "der", "das", "sehr"],
        ["it"] = ["molto", "no", "piano", "pian"],
        ["pt"] = ["muito", "não"],
    };

    public override string Id => CheckIds.DoubledWord;

    /// <summary>English "for" closing a phrasal verb before "for" and a duration ("calling for for years").</summary>
    private static bool ForBeforeADuration(string language, string word, string rest) =>
        LanguageTag.Primary(language) == "en" && word.Equals("for", StringComparison.OrdinalIgnoreCase)
        && System.Text.RegularExpressions.Regex.IsMatch(rest, @"^ (?:(?:a|an|the|many|several|some|two|three|four|five|six|ten|\d+) )?(?:(?:long|few|past|last|whole) )?(?:years?|months?|decades?|weeks?|days?|hours?|generations?|ages|a long time|time)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            var allowed = Allowed.GetValueOrDefault(LanguageTag.Primary(edition.Language), []);
            foreach (var paragraph in edition.Paragraphs)
            {
                var words = WordTokenizer.Tokenize(paragraph.Text);
                for (var i = 1; i < words.Count; i++)
                {
                    var a = words[i - 1];
                    var b = words[i];
                    var between = paragraph.Text[a.End..b.Start];
                    // A single letter written once in capitals and once not is two words ("bands A a D", « de A a B »).
                    if (!string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase) || (a.Text.Length == 1 && a.Text != b.Text) || !between.All(char.IsWhiteSpace) || between.Length == 0
                        || a.Text.All(char.IsDigit) || allowed.Contains(a.Text.ToLowerInvariant()) || ForBeforeADuration(edition.Language, a.Text, paragraph.Text[b.End..]))
                    {
                        continue;
                    }

                    var doubled = paragraph.Text[a.Start..b.End];
                    var counterparts = context.CounterpartsOf(edition, paragraph.Index);
                    if (counterparts.Any(c => ContainsPhrase(c.Text, doubled)))
                    {
                        continue;
                    }

                    yield return FindingFactory.Create(context, edition, paragraph.Index, a.Start, b.End - a.Start,
                        (Id, Categories.Grammar, Severity.Minor), $"“{a.Text}” is written twice in a row.",
                        counterparts.ToDictionary(c => c.Language, c => Snippets.SentenceAround(c.Text, 0, c.Language), StringComparer.Ordinal));
                }
            }
        }
    }

    /// <summary>Whether the text holds the phrase as whole words (« para atraer » holds "a a" only inside words).</summary>
    private static bool ContainsPhrase(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !WordTokenizer.IsWordChar(text[at - 1])) && (end == text.Length || !WordTokenizer.IsWordChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Punctuation and spacing that break the edition's language conventions, mostly carried over from another
/// language by a translation: a comma glued to the next word ("14,donde") or preceded by a space; in English, a
/// weekday date set off by commas in mid-sentence (« Pékin a insisté, jeudi 31 octobre, que » gives "Beijing
/// insisted, Thursday, October 31, that"; English writes "on Thursday") and guillemets; in any language but
/// French, French spacing before ; : ! ?; in French, Spanish and Catalan, a comma after the weekday or the month before the day (English
/// dates), and in French guillemets without their inner space (Spanish style); in Spanish, a question or
/// exclamation without its opening ¿ or ¡. The original edition is not judged.
/// </summary>
internal sealed partial class PunctuationDetector(DetectionOptions options) : ArtifactDetector(options)
{
    private static readonly HashSet<string> Romance = new(StringComparer.Ordinal) { "fr", "es", "ca", "it", "pt" };

    public override string Id => CheckIds.Punctuation;

    protected override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            if (context.IsOriginalLanguage(edition.Language))
            {
                continue;
            }

            var language = LanguageTag.Primary(edition.Language);
            foreach (var paragraph in edition.Paragraphs)
            {
                var found = Spacing(paragraph.Text).Concat(language == "fr" ? [] : SpacedMarks(paragraph.Text, language)).Concat(language switch
                {
                    "en" => English(paragraph.Text),
                    "fr" => RomanceDates(paragraph.Text).Concat(French(paragraph.Text)),
                    "es" => RomanceDates(paragraph.Text).Concat(SpanishMarks(paragraph.Text)),
                    _ when Romance.Contains(language) => RomanceDates(paragraph.Text),
                    _ => [],
                });
                foreach (var (start, length, category, message) in found.OrderBy(f => f.Start))
                {
                    yield return FindingFactory.Create(context, edition, paragraph.Index, start, length, (Id, category, Severity.Minor), message);
                }
            }
        }
    }

    /// <summary>A space before ; : ! or ?, as French typography sets it, in a language that writes none (English, Spanish, Catalan…).</summary>
    private static IEnumerable<(int Start, int Length, string Category, string Message)> SpacedMarks(string text, string language)
    {
        var name = language switch { "en" => "English", "es" => "Spanish", "ca" => "Catalan", "it" => "Italian", "pt" => "Portuguese", "de" => "German", _ => "this language" };
        foreach (Match m in FrenchSpacing().Matches(text))
        {
            yield return (m.Index, m.Length, Categories.Punctuation,
                $"“{m.Value}” has a space before “{m.Value.Trim()}”, as French typography does; {name} writes it without the space.");
        }
    }

    private static IEnumerable<(int Start, int Length, string Category, string Message)> Spacing(string text)
    {
        foreach (Match m in GluedComma().Matches(text))
        {
            yield return (m.Index, m.Length, Categories.Punctuation, $"“{m.Value}” has no space after the comma.");
        }

        foreach (Match m in SpacedComma().Matches(text))
        {
            yield return (m.Index, m.Length, Categories.Punctuation, $"“{m.Value}” has a space before the comma.");
        }
    }

    /// <summary>French guillemets without their inner space, and ? ! ; : glued to the word before (French sets a no-break space there), outside such a quotation.</summary>
    private static IEnumerable<(int Start, int Length, string Category, string Message)> French(string text)
    {
        var quotations = FrenchGuillemets(text).ToList();
        foreach (var q in quotations)
        {
            yield return q;
        }

        foreach (Match m in FrenchMissingSpace().Matches(text))
        {
            if (quotations.Any(q => m.Index >= q.Start && m.Index < q.Start + q.Length) || BrandMark(text, m.Index))
            {
                continue;
            }

            var word = WordBefore(text, m.Index);
            yield return (word, m.Index + m.Length - word, Categories.Punctuation,
                $"“{text[word..(m.Index + m.Length)]}” has no space before “{m.Value}”; French sets a (no-break) space before ? ! ; and :.");
        }
    }

    private static int WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static IEnumerable<(int Start, int Length, string Category, string Message)> FrenchGuillemets(string text)
    {
        foreach (Match m in Quotation().Matches(text))
        {
            var inner = m.Value[1..^1];
            if (inner.Length == 0 || (char.IsWhiteSpace(inner[0]) && char.IsWhiteSpace(inner[^1])))
            {
                continue;
            }

            yield return (m.Index, m.Length, Categories.Punctuation,
                $"{Snippets.Shorten(m.Value)}: French sets guillemets apart from the words they quote with a (no-break) space, unlike Spanish or Catalan.");
        }
    }

    private static IEnumerable<(int Start, int Length, string Category, string Message)> English(string text)
    {
        foreach (Match m in EnglishCommaDate().Matches(text))
        {
            var before = text[..m.Index].TrimEnd();
            var previous = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..];
            if (WeekdayAfter().IsMatch(text[(m.Index + m.Length)..]) || EnglishWeekday().IsMatch(previous))
            {
                continue;
            }

            var date = m.Value.Trim(',', ' ');
            yield return (m.Index, m.Length, Categories.DateFormat,
                $"“{m.Value.Trim()}” sets the date apart with commas in mid-sentence, as French and Spanish do; English writes “on {date},”.");
        }

        // One finding per quotation, on its opening mark: the closing guillemet of a quotation is the same fault.
        var closers = new HashSet<int>(Quotation().Matches(text).Select(m => m.Index + m.Length - 1));
        foreach (Match m in Guillemet().Matches(text))
        {
            if (closers.Contains(m.Index))
            {
                continue;
            }

            var paired = m.Value == "«" && Quotation().Match(text, m.Index) is { Success: true } q && q.Index == m.Index;
            var marks = paired ? "« … »" : m.Value;
            yield return (m.Index, m.Length, Categories.Punctuation, $"“{marks}”: guillemets are French (or Spanish) quotation marks; English uses “ ”.");
        }
    }

    private static IEnumerable<(int Start, int Length, string Category, string Message)> RomanceDates(string text)
    {
        foreach (Match m in RomanceCommaWeekday().Matches(text))
        {
            yield return (m.Index, m.Length, Categories.DateFormat,
                $"“{m.Value}” puts a comma after the weekday, as English dates do; this language writes the weekday and the day without one.");
        }

        foreach (Match m in RomanceMonthFirst().Matches(text))
        {
            yield return (m.Index, m.Length, Categories.DateFormat,
                $"“{m.Value}” puts the month before the day, as American English does; this language writes the day first.");
        }
    }

    /// <summary>An exclamation mark that is part of a name in capitals (the « ZOU! » coach network): no sentence's end.</summary>
    private static bool BrandMark(string text, int index)
    {
        var start = index;
        while (start > 0 && char.IsUpper(text[start - 1]))
        {
            start--;
        }

        return text[index] == '!' && index - start >= 2 && (start == 0 || !char.IsLetter(text[start - 1]));
    }

    /// <summary>Spanish opens questions and exclamations with ¿ and ¡; a closing mark with no opener in its sentence is carried over from another language.</summary>
    private static IEnumerable<(int Start, int Length, string Category, string Message)> SpanishMarks(string text)
    {
        var sentenceStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '…')
            {
                sentenceStart = i + 1;
            }
            else if (text[i] is '?' or '!' && !BrandMark(text, i))
            {
                var opener = text[i] == '?' ? '¿' : '¡';
                if (text.IndexOf(opener, sentenceStart, i - sentenceStart) < 0)
                {
                    var start = text.LastIndexOfAny(['.', '…', '«', '“', '"', ':'], i) + 1;
                    while (start < i && char.IsWhiteSpace(text[start]))
                    {
                        start++;
                    }

                    yield return (start, i + 1 - start, Categories.Punctuation,
                        $"“{text[start..(i + 1)]}” has no opening “{opener}”; Spanish marks the start of a question or exclamation too.");
                }

                sentenceStart = i + 1;
            }
        }
    }

    [GeneratedRegex(@"(?<=\p{Ll}), (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?| \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December))?,(?= \p{Ll})")]
    private static partial Regex EnglishCommaDate();

    [GeneratedRegex(@"^\s*(?:and |or )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayAfter();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?$")]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}»”)])[ \u00A0\u202F][;:!?](?=\s|$)")]
    private static partial Regex FrenchSpacing();

    [GeneratedRegex(@"(?<=\p{L}\p{L})(?:[!?]+|;|:(?=\s))")]
    private static partial Regex FrenchMissingSpace();

    [GeneratedRegex(@"\p{L}+,(?=\p{L})|\d+,(?=\p{L}{2})")]
    private static partial Regex GluedComma();

    [GeneratedRegex(@"\p{L}+ ,(?= )")]
    private static partial Regex SpacedComma();

    [GeneratedRegex("«[^«»]{1,800}»")]
    private static partial Regex Quotation();

    [GeneratedRegex("[«»]")]
    private static partial Regex Guillemet();

    [GeneratedRegex(@"(?i)\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira), \d{1,2}\b")]
    private static partial Regex RomanceCommaWeekday();

    [GeneratedRegex(@"(?i)\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gener|febrer|març|maig|juny|juliol|setembre|octubre|desembre) \d{1,2}(?:, \d{4}\b|(?=,))")]
    private static partial Regex RomanceMonthFirst();
}

using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// Numeric dates written in another locale's order: month first ("10/31/2024") in a language that writes the
/// day first, or day first ("31/10/2024") in American English. Only unambiguous dates count (a part above 12).
/// </summary>
internal static partial class DateFormats
{
    private static readonly HashSet<string> MonthFirst = new(StringComparer.Ordinal) { "en-us" };

    public static IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions)
        {
            var language = LanguageTag.Normalize(edition.Language);
            var monthFirst = MonthFirst.Contains(language);
            var dayFirst = LanguageTag.Primary(language) != "en";
            if (!monthFirst && !dayFirst)
            {
                continue;
            }

            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match match in NumericDate().Matches(paragraph.Text))
                {
                    var first = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var second = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var wrong = dayFirst ? second > 12 && first <= 12 : first > 12 && second <= 12;
                    if (!wrong)
                    {
                        continue;
                    }

                    var rewritten = $"{match.Groups[2].Value}/{match.Groups[1].Value}/{match.Groups[3].Value}";
                    var message = dayFirst
                        ? $"“{match.Value}” puts the month first, as American English does; this edition's language writes the day first: {rewritten}."
                        : $"“{match.Value}” puts the day first; American English writes the month first: {rewritten}.";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                        (CheckIds.Numbers, Categories.DateFormat, Severity.Major), message);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?![\d/])")]
    private static partial Regex NumericDate();
}

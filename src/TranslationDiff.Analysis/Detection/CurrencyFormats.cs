using System.Text.RegularExpressions;
using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// An amount written the English way in a French, Spanish, Catalan, Italian or Portuguese edition: the currency
/// sign before the figure (“£48”, “€3.5”) or an English abbreviation of millions or billions (“48m”, “2bn”). These
/// languages put the sign after the number and write the multiplier as a word (« 48 millions de livres »,
/// « 3,5 millones de euros »); the figure was copied from an English source untranslated.
/// </summary>
internal static partial class CurrencyFormats
{
    private static readonly HashSet<string> SignAfter = new(StringComparer.Ordinal) { "fr", "es", "ca", "it", "pt", "gl", "oc" };

    public static IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var edition in context.Editions.Where(e => SignAfter.Contains(LanguageTag.Primary(e.Language))))
        {
            foreach (var paragraph in edition.Paragraphs)
            {
                foreach (Match match in EnglishAmount().Matches(paragraph.Text))
                {
                    var multiplier = match.Groups["m"].Value.ToLowerInvariant() switch
                    {
                        "m" => " million(s)",
                        "bn" => " billion(s) (milliard(s))",
                        "k" => " thousand",
                        _ => string.Empty,
                    };
                    var message = $"“{match.Value}” writes the amount the English way (the sign before the figure{(multiplier.Length > 0 ? ", “" + match.Groups["m"].Value + "” for" + multiplier : string.Empty)}); "
                        + $"the {edition.Language} edition should put the currency after the number and spell out the multiplier.";
                    yield return FindingFactory.Create(context, edition, paragraph.Index, match.Index, match.Length,
                        (CheckIds.Numbers, Categories.NumberFormat, Severity.Minor), message);
                }
            }
        }
    }

    /// <summary>“£48m”, “€3.5bn”, “£120”, “$2bn” (a dollar sign alone is left out: « US$ 5 » is usual in Spanish).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[£€]\s?\d+(?:[.,]\d+)?(?:\s?(?<m>m|bn|k)(?![\p{L}]))?|\$\s?\d+(?:[.,]\d+)?\s?(?<m>m|bn)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAmount();
}

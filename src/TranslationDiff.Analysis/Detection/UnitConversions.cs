using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A figure converted into the reader's units: "4.2 miles (6.8 km)" glosses the miles in kilometres, and « tres
/// kilómetros » renders "two miles" in the units a Spanish reader uses. Neither is a number added or changed. A
/// conversion holds when the ratio of the two figures is within a tolerance of a known factor (miles and kilometres,
/// feet and metres, inches and centimetres, pounds and kilograms, acres and hectares, gallons and litres, yards and
/// metres, nautical miles and kilometres) or the figures are the same temperature in Fahrenheit and Celsius.
/// </summary>
internal static partial class UnitConversions
{
    private static readonly decimal[] Factors =
    [
        1.609344m, 0.3048m, 2.54m, 0.453592m, 0.404686m, 3.78541m, 4.54609m, 0.9144m, 1.852m,
    ];

    /// <summary>
    /// Whether the mention stands in brackets right after another figure of the same paragraph that it converts
    /// ("4,2 milles (6,8 quilòmetres)", "20 miles à l'heure (environ 32 km/h)").
    /// </summary>
    public static bool InBrackets(Edition edition, int paragraph, NumberMention mention)
    {
        var text = edition.Paragraphs[paragraph].Text;
        var open = text.LastIndexOf('(', Math.Max(0, mention.Start - 1));
        if (open < 0 || mention.Start - open > 16 || text.IndexOf(')', open) is var close && (close < 0 || close < mention.Start))
        {
            return false;
        }

        if (mention.Value is not { } converted)
        {
            return false;
        }

        var before = NumberParser.Parse(text[..open], edition.Language).LastOrDefault(n => n.Value is not null && open - (n.Start + n.Length) <= 40);
        return before?.Value is { } figure && Fits(figure, converted, 0.06m);
    }

    /// <summary>
    /// Whether two figures in the two editions are one measure in different units: each followed by a unit word, one
    /// imperial and the other metric, and their ratio a known factor within 12 % (a rounded conversion, "two miles" as
    /// « tres kilómetros »).
    /// </summary>
    public static bool Converted(Edition a, int paragraphA, NumberMention mentionA, Edition b, int paragraphB, NumberMention mentionB)
    {
        if (mentionA.Value is not { } x || mentionB.Value is not { } y)
        {
            return false;
        }

        var unitA = UnitAfter(a.Paragraphs[paragraphA].Text, mentionA);
        var unitB = UnitAfter(b.Paragraphs[paragraphB].Text, mentionB);
        return unitA is not null && unitB is not null && unitA != unitB && Fits(x, y, 0.12m);
    }

    private static bool Fits(decimal a, decimal b, decimal tolerance)
    {
        if (a <= 0 || b <= 0)
        {
            return false;
        }

        if (Near((a - 32m) * 5m / 9m, b, tolerance) || Near((b - 32m) * 5m / 9m, a, tolerance))
        {
            return a > 32m || b > 32m;
        }

        return Factors.Any(f => Near(a * f, b, tolerance) || Near(b * f, a, tolerance));
    }

    private static bool Near(decimal value, decimal target, decimal tolerance) =>
        target > 0 && Math.Abs(value - target) <= tolerance * target;

    /// <summary>"imperial" or "metric" for the unit word after the mention, or null.</summary>
    private static string? UnitAfter(string text, NumberMention mention)
    {
        var rest = text[(mention.Start + mention.Length)..Math.Min(text.Length, mention.Start + mention.Length + 24)];
        return Imperial().IsMatch(rest) ? "imperial" : Metric().IsMatch(rest) ? "metric" : null;
    }

    [GeneratedRegex(@"^[\s\u00A0-]*(?:miles?|millas?|milles?|mph|feet|foot|ft|pies?|pieds?|peus?|inch(?:es)?|in\b|pulgadas?|pouces?|polzades?|acres?|gallons?|galones?|galons?|yards?|yardas?|iardes?|°F|degrees Fahrenheit|nautical miles?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Imperial();

    [GeneratedRegex(@"^[\s\u00A0-]*(?:km|kilom[eè]tres?|kil[oó]metros?|quil[oò]metres?|kilometers?|m\b|m[eè]tres?|metros?|meters?|cm|cent[ií]m[eè]tres?|cent[ií]metros?|centimet(?:er|re)s?|hect[aá]reas?|hectares?|ha\b|litres?|litros?|liters?|l\b|kg|kilos?|kilogram(?:me)?s?|quilos?|°C|degrees|graus|grados|degrés)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Metric();
}

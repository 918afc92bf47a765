using System.Text.RegularExpressions;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>
/// A figure converted into the reader's units: "4.2 miles (6.8 km)" glosses the miles in kilometres, and « tres
/// kilómetros » renders "two miles" in the units a Spanish reader uses. Neither is a number added or changed. A
/// conversion holds when both figures carry a unit of the same kind (length, speed, area, volume, mass, temperature),
/// the units differ, and the two figures are the same quantity within a tolerance.
/// </summary>
internal static partial class UnitConversions
{
    /// <summary>Unit words (in English, French, Spanish and Catalan), each with its kind and its size in the kind's base unit.</summary>
    private static readonly (Regex Words, string Kind, decimal Size)[] Units =
    [
        (U(@"km/h|kph|kilom[eè]tres?\s+(?:à|par)\s+l['’]heure|kil[oó]metros?\s+por\s+hora|quil[oò]metres?\s+per\s+hora|kilomet(?:er|re)s?\s+(?:an|per)\s+hour"), "speed", 1m),
        (U(@"mph|miles?\s+(?:an|per)\s+hour|miles?\s+(?:à|par)\s+l['’]heure|millas?\s+por\s+hora|milles?\s+per\s+hora"), "speed", 1.609344m),
        (U(@"nautical\s+miles?|milles?\s+nautiques?|millas?\s+náuticas?|milles?\s+nàutiques?"), "length", 1852m),
        (U(@"km|kilom[eè]tres?|kil[oó]metros?|quil[oò]metres?|kilomet(?:er|re)s?"), "length", 1000m),
        (U(@"miles?|millas?|milles?"), "length", 1609.344m),
        (U(@"yards?|yardas?|iardes?"), "length", 0.9144m),
        (U(@"feet|foot|ft|pies?|pieds?|peus?"), "length", 0.3048m),
        (U(@"inch(?:es)?|pulgadas?|pouces?|polzades?"), "length", 0.0254m),
        (U(@"cm|cent[ií]m[eè]tres?|cent[ií]metros?|centimet(?:er|re)s?"), "length", 0.01m),
        (U(@"m|m[eè]tres?|metros?|met(?:er|re)s?"), "length", 1m),
        (U(@"acres?"), "area", 4046.8564m),
        (U(@"ha|hect[aáà]re(?:a|e)?s?"), "area", 10000m),
        (U(@"gallons?|galones?|galons?"), "volume", 4.54609m),
        (U(@"l|litres?|litros?|liters?"), "volume", 1m),
        (U(@"lbs?"), "mass", 0.453592m),
        (U(@"kg|kilos?|kilogram(?:me)?s?|quilos?|quilograms?"), "mass", 1m),
        (U(@"°\s?F|degrees\s+Fahrenheit|degrés\s+Fahrenheit|grados\s+Fahrenheit|graus\s+Fahrenheit"), "fahrenheit", 1m),
        (U(@"°\s?C|degrees(?:\s+Celsius)?|degrés(?:\s+Celsius)?|grados(?:\s+(?:Celsius|centígrados))?|graus(?:\s+(?:Celsius|centígrads))?"), "celsius", 1m),
    ];

    /// <summary>
    /// Whether the mention stands in brackets right after another figure of the same paragraph that it converts
    /// ("4,2 milles (6,8 quilòmetres)", "20 miles à l'heure (environ 32 km/h)").
    /// </summary>
    public static bool InBrackets(Edition edition, int paragraph, NumberMention mention)
    {
        var text = edition.Paragraphs[paragraph].Text;
        var open = mention.Start > 0 ? text.LastIndexOf('(', mention.Start - 1) : -1;
        if (open < 0 || mention.Start - open > 16 || text.IndexOf(')', open) is var close && (close < 0 || close < mention.Start) || mention.Value is not { } converted)
        {
            return false;
        }

        var before = NumberParser.Parse(text[..open], edition.Language).LastOrDefault(n => n.Value is not null && open - (n.Start + n.Length) <= 40);
        return before?.Value is { } figure && Same(figure, UnitAfter(text, before), converted, UnitAfter(text, mention), 0.06m);
    }

    /// <summary>
    /// Whether the mention is a measure glossed in brackets right after it ("the 121-mile (195 km) line"): a translation may
    /// give only the converted figure, the one its readers use.
    /// </summary>
    public static bool Glossed(Edition edition, int paragraph, NumberMention mention)
    {
        var text = edition.Paragraphs[paragraph].Text;
        var end = mention.Start + mention.Length;
        var open = text.IndexOf('(', end);
        if (open < 0 || open - end > 24 || mention.Value is not { } figure || UnitAfter(text, mention) is not { } unit)
        {
            return false;
        }

        var close = text.IndexOf(')', open);
        var inside = close < 0 ? null : NumberParser.Parse(text[..close], edition.Language).FirstOrDefault(n => n.Start > open && n.Value is not null);
        return inside?.Value is { } converted && Same(figure, unit, converted, UnitAfter(text, inside), 0.06m);
    }

    /// <summary>
    /// Whether two figures in the two editions are one measure in different units, within 12 % (a rounded conversion:
    /// "two miles" as « tres kilómetros »).
    /// </summary>
    public static bool Converted(Edition a, int paragraphA, NumberMention mentionA, Edition b, int paragraphB, NumberMention mentionB) =>
        mentionA.Value is { } x && mentionB.Value is { } y
        && Same(x, UnitAfter(a.Paragraphs[paragraphA].Text, mentionA), y, UnitAfter(b.Paragraphs[paragraphB].Text, mentionB), 0.12m);

    /// <summary>
    /// The two unit words when the same figure carries units of one kind that differ by more than a rounding (2.4 miles and
    /// 2.4 kilometres, 30 °F and 30 °C), or null.
    /// </summary>
    public static (string Mine, string Theirs)? Swapped(Edition a, int paragraphA, NumberMention mentionA, Edition b, int paragraphB, NumberMention mentionB)
    {
        var (textA, textB) = (a.Paragraphs[paragraphA].Text, b.Paragraphs[paragraphB].Text);
        if (mentionA.Value is not { } x || x <= 0 || UnitWordAfter(textA, mentionA) is not { } ua || UnitWordAfter(textB, mentionB) is not { } ub)
        {
            return null;
        }

        var kinds = (ua.Kind, ub.Kind);
        var related = ua.Kind == ub.Kind || kinds is ("fahrenheit", "celsius") or ("celsius", "fahrenheit");
        return related && (ua.Kind != ub.Kind || !Near(ua.Size, ub.Size, 0.12m)) ? (ua.Word, ub.Word) : null;
    }

    private static bool Same(decimal x, (string Kind, decimal Size)? unitX, decimal y, (string Kind, decimal Size)? unitY, decimal tolerance)
    {
        if (unitX is not { } ux || unitY is not { } uy || ux == uy || x <= 0 || y <= 0)
        {
            return false;
        }

        return (ux.Kind, uy.Kind) switch
        {
            ("fahrenheit", "celsius") => Near((x - 32m) * 5m / 9m, y, tolerance),
            ("celsius", "fahrenheit") => Near((y - 32m) * 5m / 9m, x, tolerance),
            _ when ux.Kind == uy.Kind => Near(x * ux.Size, y * uy.Size, tolerance),
            _ => false,
        };
    }

    private static bool Near(decimal value, decimal target, decimal tolerance) =>
        target > 0 && Math.Abs(value - target) <= tolerance * target;

    /// <summary>The kind and size of the unit word right after the mention, or null.</summary>
    private static (string Kind, decimal Size)? UnitAfter(string text, NumberMention mention) =>
        UnitWordAfter(text, mention) is { } unit ? (unit.Kind, unit.Size) : null;

    /// <summary>The unit word right after the mention, with its kind and size, or null.</summary>
    private static (string Word, string Kind, decimal Size)? UnitWordAfter(string text, NumberMention mention)
    {
        var rest = text[(mention.Start + mention.Length)..Math.Min(text.Length, mention.Start + mention.Length + 40)];
        foreach (var (words, kind, size) in Units)
        {
            if (words.Match(rest) is { Success: true } match)
            {
                return (match.Value.Trim(' ', '-', '\u00A0', '\u202F'), kind, size);
            }
        }

        return null;
    }

    private static Regex U(string words) =>
        new(@"^[\s\u00A0\u202F-]*(?:" + words + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}

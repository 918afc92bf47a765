namespace TranslationDiff.Analysis.Text;

/// <summary>The number conventions of the languages the product meets, by primary language subtag.</summary>
internal static class NumberConventions
{
    private static readonly NumberConvention DotDecimal = new("English", '.', [',']);
    private static readonly NumberConvention SpaceGroups = new("French", ',', [' ']);

    private static readonly Dictionary<string, NumberConvention> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = DotDecimal,
        ["fr"] = SpaceGroups,
        ["es"] = new("Spanish", ',', ['.', ' ']),
        ["ca"] = new("Catalan", ',', ['.', ' ']),
        ["gl"] = new("Galician", ',', ['.', ' ']),
        ["pt"] = new("Portuguese", ',', ['.', ' ']),
        ["it"] = new("Italian", ',', ['.', ' ']),
        ["de"] = new("German", ',', ['.', ' ', '\''], OrdinalDot: true),
        ["nl"] = new("Dutch", ',', ['.', ' ']),
        ["da"] = new("Danish", ',', ['.', ' '], OrdinalDot: true),
        ["nb"] = new("Norwegian", ',', [' ', '.'], OrdinalDot: true),
        ["no"] = new("Norwegian", ',', [' ', '.'], OrdinalDot: true),
        ["sv"] = new("Swedish", ',', [' ']),
        ["fi"] = new("Finnish", ',', [' '], OrdinalDot: true),
        ["pl"] = new("Polish", ',', [' ', '.']),
        ["cs"] = new("Czech", ',', [' '], OrdinalDot: true),
        ["ru"] = new("Russian", ',', [' ']),
        ["uk"] = new("Ukrainian", ',', [' ']),
        ["ro"] = new("Romanian", ',', ['.', ' ']),
        ["oc"] = new("Occitan", ',', [' ', '.']),
        ["eu"] = new("Basque", ',', ['.', ' ']),
        ["ko"] = new("Korean", '.', [',']),
        ["ja"] = new("Japanese", '.', [',']),
        ["zh"] = new("Chinese", '.', [',']),
    };

    /// <summary>The convention for a language tag ("fr-ca" uses French), English-like when unknown.</summary>
    public static NumberConvention For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Split('-')[0].ToLowerInvariant();
        return ByLanguage.TryGetValue(primary, out var convention) ? convention : DotDecimal;
    }

    /// <summary>The conventions a number may have been written in by mistake, for the "written in another locale's format" check.</summary>
    public static IReadOnlyList<NumberConvention> Others(NumberConvention own) =>
        new[] { DotDecimal, ByLanguage["de"], SpaceGroups }.Where(c => c.DecimalMark != own.DecimalMark || !c.Groups.SequenceEqual(own.Groups)).ToList();

    /// <summary>Spaces that may separate thousands: space, no-break space, narrow no-break space, thin space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>Whether the character is a currency sign (€, $, £, ¥…).</summary>
    public static bool IsCurrency(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;
}

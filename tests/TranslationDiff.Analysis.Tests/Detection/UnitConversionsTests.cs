using TranslationDiff.Analysis.Detection;
using TranslationDiff.Analysis.Text;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class UnitConversionsTests
{
    private static Edition EditionOf(string language, string text) =>
        new ContextBuilder(reference: language, original: language).PivotEdition(language, text).Build().Editions[0];

    [Theory]
    [InlineData("una ampliació de 4,2 milles (6,8 quilòmetres) de la xarxa", "6,8", true)]
    [InlineData("una ampliació de 4,2 milles (9,8 quilòmetres) de la xarxa", "9,8", false)]
    [InlineData("limitée à 20 miles à l'heure (environ 32 km/h)", "32", true)]
    [InlineData("une température de 86 °F (30 °C)", "30", true)]
    [InlineData("une subvention de 20 000 euros (32 salariés)", "32", false)]
    public void InBrackets_KnowsAConversionOfTheFigureBefore(string text, string figure, bool expected)
    {
        var language = text.Contains("milles", StringComparison.Ordinal) ? "ca" : "fr";
        var edition = EditionOf(language, text);
        var mention = NumberParser.Parse(text, language).Single(m => m.Text == figure);

        Assert.Equal(expected, UnitConversions.InBrackets(edition, 0, mention));
    }

    [Theory]
    [InlineData("about two miles from the factory", "a unos tres kilómetros de la fábrica", true)]
    [InlineData("about two miles from the factory", "a unas tres millas de la fábrica", false)]
    [InlineData("about two miles from the factory", "a unos cinco kilómetros de la fábrica", false)]
    public void Converted_NeedsDifferentUnitsAndAKnownRatio(string english, string spanish, bool expected)
    {
        var en = EditionOf("en", english);
        var es = EditionOf("es", spanish);

        Assert.Equal(expected, UnitConversions.Converted(en, 0, NumberParser.Parse(english, "en")[0], es, 0, NumberParser.Parse(spanish, "es")[0]));
    }
}

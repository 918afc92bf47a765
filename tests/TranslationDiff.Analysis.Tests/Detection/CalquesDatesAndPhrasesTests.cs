using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 49: dates, years and counts built on the source's pattern, and set phrases carried over word for word.</summary>
public class CalquesDatesAndPhrasesTests
{
    [Theory]
    [InlineData("en", "es", "Las obras empezaron en marzo 2024 en el barrio.", "marzo 2024")]
    [InlineData("en", "ca", "La prova començarà el setembre 2027 a Edimburg.", "setembre 2027")]
    [InlineData("ca", "fr", "La compagnie a été fondée le 1987 à Marseille.", "le 1987")]
    [InlineData("ca", "es", "La carrera se disputará el septiembre que viene.", "el septiembre")]
    [InlineData("en", "es", "La ley prohíbe las redes a los niños bajo 16 años.", "bajo 16")]
    [InlineData("en", "es", "La mina podría producir tan pronto como abril.", "tan pronto como abril")]
    [InlineData("fr", "es", "El túnel, larga de 16 kilómetros, une los dos valles.", "larga de 1")]
    [InlineData("fr", "ca", "El túnel, llarg de 8 quilòmetres, travessa la serra.", "llarg de 8")]
    [InlineData("fr", "es", "El tribunal le concedió 20.000 euros de daños e intereses.", "daños e intereses")]
    [InlineData("fr", "ca", "El jutge li va concedir danys i interessos per valor de 5.000 euros.", "danys i interessos")]
    [InlineData("en", "es", "Miles de pacientes siguen esperando por tratamiento.", "esperando por")]
    [InlineData("ca", "es", "La planta abrirá, todo y que faltan permisos.", "todo y que")]
    [InlineData("en", "fr", "Les retards ont doublé comparé avec l'an dernier.", "comparé avec")]
    [InlineData("en", "es", "Las esperas crecieron un 12 % comparado con 2023.", "comparado con")]
    [InlineData("en", "ca", "Les pluges van baixar comparat amb la mitjana.", "comparat amb")]
    public void Entries_FindRomanceDateAndPhraseCalques(string original, string language, string text, string expected)
    {
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texto original.", "Original text."))
            .Edition(language, (text, "Its translation."))
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == language).ToList();

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Theory]
    [InlineData("fr", "Les travaux commenceront en mars 2024, le 2 mars.")]
    [InlineData("es", "Las obras empezarán en marzo de 2024, a lo largo de 1.200 metros, con niños menores de 16 años, y bajo cero.")]
    [InlineData("ca", "Les obres començaran el setembre del 2027; cap trajecte serà més llarg de 25 minuts, en comparació amb l'any passat.")]
    public void Entries_LeaveIdiomaticRomance(string language, string text)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Original text.")
            .Edition(language, (text, "Its translation."))
            .Build();

        Assert.Empty(new CalqueDetector(new DetectionOptions()).Detect(context));
    }

    [Theory]
    [InlineData("It's fifteen years that the line has waited for new trains.", "It's fifteen years that")]
    [InlineData("The dune could retreat 40 metres from here five to seven years.", "from here five")]
    [InlineData("The distillery closed in the 1962, when the harbour silted up.", "the 1962")]
    [InlineData("The strike began on the Monday 14 September.", "the Monday 14")]
    [InlineData("The participation was of 62%, down on 2019.", "was of 6")]
    [InlineData("The airport handled 1.1 million of passengers last year.", "million of passengers")]
    [InlineData("Several elected asked for a new vote.", "Several elected")]
    [InlineData("The minister explained in press conference that the plan is ready.", "in press conference")]
    [InlineData("The councillor of Mobility defended the plan.", "councillor of M")]
    [InlineData("The club published the schedule on its web last week.", "on its web")]
    [InlineData("She ran the library during twenty-two years.", "during twenty-two years")]
    [InlineData("The crash happened at ten of the night.", "ten of the night")]
    public void Entries_FindEnglishDateAndPhraseCalques(string english, string expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Texto original.", "Original text."))
            .PivotEdition("en", english)
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).ToList();

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Theory]
    [InlineData("It is the 2026 and 2027 harvests that are at risk; the firm sold €2.31 billion of goods.")]
    [InlineData("The elected officials met the three councillors of Esquerra Republicana on the council's website.")]
    [InlineData("It was 15 years ago that the line opened; it is ten years since the closure; from here the road climbs.")]
    public void Entries_LeaveIdiomaticEnglish(string english)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Texto original.", "Original text."))
            .PivotEdition("en", english)
            .Build();

        Assert.Empty(new CalqueDetector(new DetectionOptions()).Detect(context));
    }
}

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 112: constructions of one language bent into another that the blind86-95 sets showed, each with an idiomatic counterpart left alone.</summary>
public class CalquesRound112Tests
{
    private static List<string> Find(string source, string sourceText, string target, string text) =>
        CalquesRound103Tests.Find(source, sourceText, target, text);

    [Theory]
    [InlineData("The ski season is each time shorter.", "each time shorter")]
    [InlineData("Each time the lift stops, the queue grows.", null)]
    [InlineData("The most part of the slopes stayed closed.", "The most part of")]
    [InlineData("For the most part, the slopes stayed closed.", null)]
    [InlineData("Some 400 jobs depend directly or indirectly of the resort.", "depend directly or indirectly of")]
    [InlineData("Some 400 jobs depend directly or indirectly on the resort.", null)]
    [InlineData("The firm wants an own supplier in Navarre.", "an own supplier")]
    [InlineData("The firm wants its own supplier in Navarre.", null)]
    [InlineData("The pickers struck in full clementine campaign.", "in full clementine campaign")]
    [InlineData("The ecologist councillor asked for a study.", "The ecologist councillor")]
    [InlineData("It is the wettest month since there are records.", "since there are records")]
    [InlineData("During years the lake was forgotten.", "During years")]
    [InlineData("The foundry was in a creditors' contest since May.", "creditors' contest")]
    [InlineData("The region granted a participative loan of two million.", "participative loan")]
    [InlineData("The chamber approved a non-law proposition on wolves.", "non-law proposition")]
    [InlineData("He appeared before the correctional tribunal of Rouen for abuse of confidence.", "correctional tribunal|abuse of confidence")]
    [InlineData("The judgment was put in deliberation until May.", "put in deliberation")]
    [InlineData("He appeared before the correctional court of Rouen.", null)]
    [InlineData("The hospital announced a shock plan for waiting lists.", "shock plan")]
    [InlineData("The mixed syndicate runs the ski station.", "mixed syndicate")]
    public void IntoEnglish(string english, string? expected)
    {
        Assert.Equal(expected is null ? [] : expected.Split('|'), Find("es", "Un texto en español.", "en", english));
    }

    [Theory]
    [InlineData("es", "Le passé 9 août, un incendie a brûlé 40 hectares.", "Le passé 9 août")]
    [InlineData("es", "Le juillet passé, les pêcheurs ont protesté.", "Le juillet passé")]
    [InlineData("es", "En juillet dernier, les pêcheurs ont protesté.", null)]
    [InlineData("ca", "Les travaux reprendront quand le risque soit plus faible.", "quand le risque soit")]
    [InlineData("ca", "Les travaux reprendront quand le risque sera plus faible.", null)]
    [InlineData("en", "Ils vendent à une perte depuis deux ans.", "à une perte")]
    [InlineData("en", "Ils vendent à perte depuis deux ans.", null)]
    [InlineData("en", "Nous sommes contents avec le résultat.", "contents avec")]
    [InlineData("en", "Les riverains ont été dits qu'ils seraient protégés.", "été dits qu'")]
    [InlineData("en", "L'agence regardait dans si la digue tiendrait.", "dans si")]
    [InlineData("en", "Les travaux dureront quelques huit mois.", "quelques huit")]
    [InlineData("en", "Les travaux dureront quelque huit mois.", null)]
    public void IntoFrench(string source, string french, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Find(source, "Un text.", "fr", french));
    }

    [Theory]
    [InlineData("ca", "Los profesores tuvieron de pagar el alquiler.", "tuvieron de pagar")]
    [InlineData("ca", "Los profesores tuvieron que pagar el alquiler.", null)]
    [InlineData("fr", "Tenemos de reducir los residuos.", null)]
    [InlineData("en", "Sus deudas superan las de cada otro equipo.", "cada otro")]
    [InlineData("en", "Mucho de ello se debe a los impuestos.", "Mucho de ello")]
    [InlineData("en", "El presidente declinó hacer comentarios.", null)]
    [InlineData("en", "El ministro está debido a visitar el hospital.", "está debido a visitar")]
    [InlineData("en", "El retraso está debido a la lluvia.", null)]
    [InlineData("en", "Los grupos advirtieron contra las expectativas.", "advirtieron contra")]
    public void IntoSpanish(string source, string spanish, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Find(source, "Un text.", "es", spanish));
    }
}

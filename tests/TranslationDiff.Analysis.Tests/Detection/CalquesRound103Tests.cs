using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 103: constructions of one language bent into another that the blind78-81 sets showed, each with an idiomatic counterpart left alone.</summary>
public class CalquesRound103Tests
{
    /// <summary>The calque findings in the target edition of a two-edition case (the source as original).</summary>
    internal static List<string> Find(string source, string sourceText, string target, string text)
    {
        var builder = new ContextBuilder(reference: source, original: source).Edition(source, (sourceText, sourceText));
        builder = target == "en" ? builder.PivotEdition("en", text) : builder.Edition(target, (text, text));
        return [.. new CalqueDetector(new DetectionOptions()).Detect(builder.Build()).Where(f => f.Language == target).Select(f => f.Text)];
    }

    [Theory]
    [InlineData("“I beat 1,100 kilos,” testifies Mathilde Rouchon, a farmer.", "testifies")]
    [InlineData("“I beat 1,100 kilos,” says Mathilde Rouchon, a farmer.", null)]
    [InlineData("The art was abandoned during decades.", "during decades")]
    [InlineData("The art was abandoned for decades, during years of drought.", null)]
    [InlineData("Roser Camprubí, who makes more than thirty years that she builds walls, led them.", "makes more than thirty years")]
    [InlineData("A kilo now costs two times less than before.", "two times less")]
    [InlineData("The craft was listed the 2018 on UNESCO's list.", "the 2018")]
    [InlineData("The 2018 floods were worse.", null)]
    [InlineData("The course began the February with a six-week session.", "began the February")]
    [InlineData("The course began in February with a six-week session.", null)]
    [InlineData("The storks are back. Also worries the landfill near Figueres.", "Also worries the")]
    [InlineData("The rangers remind that the birds are protected.", "remind that")]
    [InlineData("The cooperative groups 130 partners in l'Horta Nord.", "groups 130 partners")]
    [InlineData("The council studies to use treated water.", "studies to use")]
    [InlineData("In a normal year I exceed the 1,100.", "exceed the 1,100")]
    [InlineData("In cause, the drought and the heat.", "In cause")]
    [InlineData("Half the harvest goes to the big distribution.", "the big distribution")]
    [InlineData("She does not count abandon the farm.", "does not count abandon")]
    [InlineData("We have known other black years.", "black years")]
    [InlineData("The tuber with which is elaborated the horchata needs water.", "with which is elaborated the")]
    [InlineData("Almost all the production is destined to the horchata.", "is destined to the")]
    public void IntoEnglish(string english, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Find("es", "Un texto en español.", "en", english));
    }

    [Theory]
    [InlineData("fr", "en", "The farm more than doubled.", "La ferme produit plus que deux fois plus d'algues.", "plus que deux fois")]
    [InlineData("fr", "en", "The farm more than doubled.", "La ferme produit plus du double d'algues.", null)]
    [InlineData("fr", "en", "It fell in a single night.", "Elle est tombée dans une seule nuit.", "dans une seule nuit")]
    [InlineData("fr", "en", "Not everyone is happy.", "Les pêcheurs se taisent. Pas tout le monde est content.", "Pas tout le monde")]
    [InlineData("fr", "en", "Not everyone is happy.", "Les pêcheurs se taisent. Tout le monde n'est pas content.", null)]
    [InlineData("fr", "en", "Dr Euan Fraser warned.", "« Il faut attendre », a averti Dr Euan Fraser.", "Dr E")]
    [InlineData("fr", "en", "Dr Euan Fraser warned.", "« Il faut attendre », a averti le Dr Euan Fraser.", null)]
    [InlineData("ca", "en", "The city council will sell it.", "El consell de la ciutat el vendrà.", "consell de la ciutat")]
    [InlineData("es", "fr", "Une quinzaine de minutes.", "La travesía dura una quincena de minutos.", "quincena de minutos")]
    [InlineData("es", "fr", "Bien avant l'électricité.", "Fue construido bien antes de la electricidad.", "bien antes")]
    [InlineData("es", "fr", "Haut de 82,5 mètres, le phare domine l'île.", "Alto de 82,5 metros, el faro domina la isla.", "Alto de 8")]
    [InlineData("es", "fr", "Haut de 82,5 mètres, le phare domine l'île.", "Con 82,5 metros de altura, el faro domina la isla.", null)]
    [InlineData("es", "fr", "En pierre de taille.", "Construido en piedra de talla.", "piedra de talla")]
    [InlineData("ca", "es", "Lleva tres semanas ingresado.", "El nen porta tres setmanes ingressat.", "porta tres setmanes")]
    [InlineData("ca", "es", "Lleva tres semanas ingresado.", "Fa tres setmanes que el nen és ingressat.", null)]
    [InlineData("ca", "es", "Vienen por la tarde.", "Vénen els dijous per la tarda.", "per la tarda")]
    public void IntoRomance(string target, string source, string sourceText, string text, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Find(source, sourceText, target, text));
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>Round 54: tense, negation and word order carried over from the source, and a few set phrases.</summary>
public class CalquesTenseAndNegationTests
{
    [Theory]
    [InlineData("es", "en", "Twenty routes are working since September with delays.", "are working since September")]
    [InlineData("fr", "en", "Many sold until here their surplus to the dairy.", "until here")]
    [InlineData("fr", "en", "For her, the solution passes by direct sales.", "solution passes by")]
    [InlineData("es", "en", "He was offered a half-time contract in the spring.", "half-time contract")]
    [InlineData("es", "en", "The families do not discard new protests.", "do not discard")]
    [InlineData("en", "fr", "Le directeur a insisté que la ligne reste ouverte.", "insisté que")]
    [InlineData("en", "fr", "« Nous allons passer par Poole », il a dit.", "il a dit")]
    [InlineData("en", "fr", "La compagnie ne veut pas mettre toute la ligne à risque.", "à risque")]
    [InlineData("en", "fr", "Chaque traversée coûtait 46 000 livres à opérer.", "à opérer")]
    [InlineData("en", "fr", "La compagnie a opéré une route d'hiver pendant vingt ans.", "opéré une route")]
    [InlineData("ca", "es", "Trabajo estas tierras y nunca no había visto algo así.", "nunca no")]
    [InlineData("en", "es", "Habrá una reunión en orden a explicar el calendario.", "en orden a explicar")]
    [InlineData("en", "es", "Los restos aparecieron bajo un parque de coches.", "parque de coches")]
    [InlineData("es", "ca", "Diu que hi hauria que reobrir la línia.", "hi hauria que")]
    [InlineData("es", "ca", "La carretera segueix sent la ruta principal.", "segueix sent")]
    [InlineData("es", "ca", "El magatzem és junt al port.", "junt al")]
    [InlineData("fr", "ca", "La prefectura no ha encara donat la seva resposta.", "ha encara donat")]
    [InlineData("fr", "ca", "Les obres es faran sobre tres anys.", "sobre tres anys")]
    [InlineData("fr", "ca", "Les pescadores, quant a elles, temen el projecte.", "quant a elles")]
    public void Entries_FindTenseNegationAndPhraseCalques(string original, string language, string text, string expected)
    {
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texte original.", "Original text."))
            .Edition(language, (text, "Its translation."))
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == language).ToList();

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Theory]
    [InlineData("en", "The routes have been running since September; the answer lies in direct sales, and they have not ruled it out.")]
    [InlineData("fr", "Il a commencé à opérer aussi l'après-midi. « Nous allons passer par Poole », a-t-il dit. La ligne est menacée.")]
    [InlineData("es", "Nunca había visto algo así; nadie está contento y no hay aparcamiento.")]
    [InlineData("ca", "Caldria reobrir la línia, que continua sent la principal, al costat del port; encara no ha donat resposta.")]
    public void Entries_LeaveIdiomaticText(string language, string text)
    {
        var original = language == "en" ? "es" : "en";
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texto original.", "Original text."))
            .Edition(language, (text, "Its translation."))
            .Build();

        Assert.DoesNotContain(new CalqueDetector(new DetectionOptions()).Detect(context), f => f.Language == language);
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// Rounds 49 and 54: dates, years and counts built on the source's pattern, tense, negation and order carried over, and
/// set phrases copied word for word (the English rows of round 49 are in <see cref="CalquesGrammarTests"/>).
/// </summary>
public class CalquesOfSourcePatternsTests
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
    [InlineData("es", "en", "Twenty routes are working since September with delays.", "are working since September")]
    [InlineData("fr", "en", "Many sold until here their surplus to the dairy.", "until here")]
    [InlineData("fr", "en", "For her, the solution passes by direct sales.", "solution passes by")]
    [InlineData("es", "en", "He was offered a half-time contract in the spring.", "half-time contract")]
    [InlineData("es", "en", "The families do not discard new protests.", "do not discard")]
    [InlineData("en", "fr", "Le directeur a insisté que la ligne reste ouverte.", "insisté que")]
    [InlineData("en", "fr", "« Nous allons passer par Poole », il a dit.", "il a dit")]
    [InlineData("en", "fr", "La compagnie ne veut pas mettre toute la ligne à risque.", "à risque")]
    [InlineData("en", "fr", "Selon elle, les patients sont désormais à risque.", "à risque")]
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
    [InlineData("fr", "en", "Sales fell over these ten last years in the Jura.", "these ten last years")]
    [InlineData("ca", "en", "The council will renew the agreement for three years more.", "three years more")]
    [InlineData("ca", "en", "The festival received double the applications than last year.", "double the applications than")]
    [InlineData("ca", "en", "The councillor defended that the festival fills the town.", "defended that")]
    [InlineData("ca", "en", "The skipper explains us that the nets are new.", "explains us")]
    [InlineData("fr", "en", "The agency recommends however to consumers to return the cheese.", "recommends however to consumers")]
    [InlineData("fr", "en", "The laboratory ordered complementary analyses of the milk.", "complementary analyses")]
    [InlineData("fr", "en", "The cooperative called an extraordinary assembly for Friday.", "extraordinary assembly")]
    [InlineData("ca", "en", "The Brotherhood of Fishermen of Tarragona opposed the cut.", "Brotherhood of Fishermen")]
    [InlineData("en", "es", "La compañía cerrará la línea para hacer espacio para las obras.", "hacer espacio para")]
    [InlineData("en", "es", "Los trabajos de ingeniería durarán tres semanas.", "trabajos de ingeniería")]
    [InlineData("en", "es", "Habrá autobuses de reemplazo entre Leeds y York.", "autobuses de reemplazo")]
    [InlineData("en", "es", "La disrupción afectará a miles de viajeros.", "disrupción")]
    [InlineData("en", "es", "En domingos no circulará ningún tren.", "En domingos")]
    [InlineData("fr", "es", "Las heladas de fin mayo arruinaron la cosecha.", "fin mayo")]
    [InlineData("fr", "es", "«No hay otra salida», dice él desde su bodega.", ", dice él")]
    [InlineData("fr", "es", "Interrogado por nuestros cuidados, el alcalde no respondió.", "por nuestros cuidados")]
    [InlineData("fr", "es", "De aquí allá, los viticultores esperarán.", "De aquí allá")]
    [InlineData("fr", "es", "Los socios le reprochan de haber ocultado las cuentas.", "reprochan de haber")]
    [InlineData("en", "ca", "Les infermeres diuen que han de tenir que fer torns dobles.", "tenir que fer")]
    [InlineData("en", "ca", "Els sindicats han aixecat preocupacions sobre la plantilla.", "aixecat preocupacions")]
    [InlineData("en", "ca", "El sindicat amenaça amb acció industrial al gener.", "acció industrial")]
    [InlineData("es", "fr", "La concession expirera le prochain 31 décembre.", "le prochain 31 décembre")]
    [InlineData("es", "fr", "La route sera gratuite, selon a confirmé le ministère.", "selon a confirmé")]
    [InlineData("es", "fr", "Les pertes s'élèvent autour des 3,2 millions d'euros.", "autour des 3")]
    [InlineData("es", "fr", "Le port a suspendu de immédiat les travaux.", "de immédiat")]
    [InlineData("es", "fr", "Il demande qu'elles s'assoient à négocier avant l'été.", "s'assoient à négocier")]
    [InlineData("es", "fr", "La circulation pourrait se réduire à la moitié.", "réduire à la moitié")]
    [InlineData("es", "fr", "Le syndicat avertit de que les cabines fermeront.", "de que")]
    [InlineData("es", "fr", "Le revêtement est abîmé dans plusieurs points du tracé.", "dans plusieurs points")]
    [InlineData("es", "fr", "Le tronçon passera à dépendre de l'État.", "passera à dépendre")]
    [InlineData("es", "fr", "Le péage se trouve près de la frontière autonomique.", "autonomique")]
    public void Entries_FindCalquesOfTheSourcesPatterns(string original, string language, string text, string expected)
    {
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texto original.", "Original text."))
            .Edition(language, (text, "Its translation."))
            .Build();

        var findings = new CalqueDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == language).ToList();

        Assert.Equal(expected, Assert.Single(findings).Text);
    }

    [Theory]
    [InlineData("en", "The routes have been running since September; the answer lies in direct sales, and they have not ruled it out.")]
    [InlineData("fr", "Il a commencé à opérer aussi l'après-midi. « Nous allons passer par Poole », a-t-il dit. La ligne est menacée.")]
    [InlineData("fr", "Des infirmières dénoncent des nuits à risque et des patients à risque dans les services.")]
    [InlineData("es", "Nunca había visto algo así; nadie está contento y no hay aparcamiento.")]
    [InlineData("ca", "Caldria reobrir la línia, que continua sent la principal, al costat del port; encara no ha donat resposta.")]
    [InlineData("en", "Sales fell over the last ten years; the council renewed it for three more years and received twice as many applications as before.")]
    [InlineData("en", "She argued that the tests were sound; he explained to us that further tests and an extraordinary general meeting were planned.")]
    [InlineData("es", "Habrá autobuses de sustitución los domingos; a finales de mayo, «no hay salida», dice desde su bodega; le reprochan haber mentido.")]
    [InlineData("fr", "La concession expirera le 31 décembre prochain; le trafic sera réduit de moitié, avertit le syndicat, et dépendra de la région.")]
    [InlineData("ca", "Les infermeres hauran de fer torns dobles i els sindicats han expressat la seva preocupació; no descarten una vaga.")]
    public void Entries_LeaveIdiomaticTextInEveryLanguage(string language, string text)
    {
        var original = language == "en" ? "es" : "en";
        var context = new ContextBuilder(reference: original, original: original)
            .Edition(original, ("Texto original.", "Original text."))
            .Edition(language, (text, "Its translation."))
            .Build();

        Assert.DoesNotContain(new CalqueDetector(new DetectionOptions()).Detect(context), f => f.Language == language);
    }
}

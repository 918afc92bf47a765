using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// Figures a careful translation writes another way: converted into the reader's units, with a scale word said once for
/// two figures, as a road's number, as "one", as a fraction or an ordinal word, or as a Catalan quarter-hour.
/// </summary>
public class NumbersSaidOtherwiseTests
{
    private static readonly NumbersDetector Detector = new(new DetectionOptions());

    private static IEnumerable<TranslationDiff.Core.Model.Finding> Findings(string englishOriginal, string language, string text, string pivot) =>
        Detector.Detect(new ContextBuilder(reference: "en", original: "en").PivotEdition("en", englishOriginal).Edition(language, (text, pivot)).Build())
            .Where(f => f.Language == language);

    [Theory]
    [InlineData("Lorries over 7.5 tonnes will be banned and a 20mph limit will apply.", "Les poids lourds de plus de 7,5 tonnes seront interdits et la vitesse sera limitée à 20 miles à l'heure (environ 32 km/h).", false)]
    [InlineData("Lorries over 7.5 tonnes will be banned and a 20mph limit will apply.", "Les poids lourds de plus de 7,5 tonnes seront interdits et la vitesse sera limitée à 20 miles à l'heure (environ 45 km/h).", true)]
    [InlineData("The station is about two miles from the factory.", "La gare est à environ trois kilomètres de l'usine.", false)]
    [InlineData("The station is about two miles from the factory.", "La gare est à environ sept kilomètres de l'usine.", true)]
    public void Detect_AcceptsAFigureConvertedIntoTheReadersUnits(string english, string french, bool expected)
    {
        Assert.Equal(expected, Findings(english, "fr", french, "The station is some kilometres from the factory.").Any());
    }

    [Theory]
    [InlineData("The province gave €3 million and the regional government will add another €2.5 million.", "La Diputació hi aporta 3 milions d'euros i la Generalitat n'hi posarà uns altres 2,5.", false)]
    [InlineData("The province gave €3 million and the regional government will add another €2.5 million.", "La Diputació hi aporta 3 milions d'euros i la Generalitat n'hi posarà uns altres 2,5 mil.", true)]
    public void Detect_AcceptsAScaleWordSaidOnceForTwoFigures(string english, string catalan, bool expected)
    {
        Assert.Equal(expected, Findings(english, "ca", catalan, "The province contributes 3 million euros.").Any(f => f.Message.Contains("2,5", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("La circulation a été coupée sur la route départementale 67.", false)]
    [InlineData("La circulation a été coupée sur la route départementale 76.", true)]
    public void Detect_AcceptsARoadsNumberForTheSameNumberWrittenAlone(string french, bool expected)
    {
        Assert.Equal(expected, Findings("The D67 road was closed to traffic.", "fr", french, "The circulation has been cut on the departmental road.").Any());
    }

    [Theory]
    [InlineData("Els concerts gratuïts es mantenen, però començaran més tard, en lloc de les set.", false)]
    [InlineData("Els concerts gratuïts es mantenen, però començaran més tard, en lloc de les vuit.", true)]
    public void Detect_AcceptsAnEveningHourSaidOnTheTwelveHourDial(string catalan, bool expected)
    {
        Assert.Equal(expected, Findings("The free concerts go ahead, but they will start later, instead of at 19:00 as before.", "ca", catalan, "The free concerts are maintained, but they will begin later.").Any());
    }

    [Theory]
    [InlineData("El Govern hi ha aportat 31 milions i vol generar un gigawatt el 2035.", false)]
    [InlineData("El Govern hi ha aportat 31 milions i vol generar dos gigawatts el 2035.", true)]
    public void Detect_AcceptsOneWrittenAsAWord(string catalan, bool expected)
    {
        Assert.Equal(expected, Findings("The government contributed £31 million and wants to generate 1 gigawatt by 2035.", "ca", catalan, "The government has contributed 31 million.").Any());
    }

    [Theory]
    [InlineData("Fewer than half of candidates pass the test.", "Moins de la moitié des candidats réussissent l'examen.", false)]
    [InlineData("The festival celebrates its 20th edition.", "Le festival fête sa vingtième édition.", false)]
    [InlineData("Ballyvarra led with 15 minutes to play.", "Ballyvarra menait à un quart d'heure de la fin.", false)]
    [InlineData("The 2025-2026 season was the best.", "La saison 2025-26 a été la meilleure.", false)]
    [InlineData("The 2025-2026 season was the best.", "La saison 2025-27 a été la meilleure.", true)]
    public void Detect_AcceptsNumbersInWordsAndShortForms(string english, string french, bool expected)
    {
        var withPercent = english.Replace("Fewer than half", "Under 50%", StringComparison.Ordinal);
        Assert.Equal(expected, Findings(withPercent, "fr", french, "The figure is there.").Any());
    }

    [Theory]
    [InlineData("Serà rebuda dimarts a dos quarts de set de la tarda.", false)]
    [InlineData("Serà rebuda dimarts a dos quarts de vuit de la tarda.", true)]
    public void Detect_ReadsCatalanQuartersAgainstAClockTime(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Elle sera accueillie mardi à 18 h 30.", "She will be received Tuesday at 18 h 30."))
            .PivotEdition("en", "She will be welcomed on Tuesday at 6.30pm.")
            .Edition("ca", (catalan, "It will be received Tuesday at two quarters of seven of the afternoon."))
            .Build();

        Assert.Equal(expected, Detector.Detect(context).Any(f => f.Language == "ca"));
    }

    [Theory]
    [InlineData("Le prochain arrivage est attendu dans quinze jours.", false)]
    [InlineData("Le prochain arrivage est attendu dans onze jours.", true)]
    public void Detect_ReadsAFortnightOfDaysAsTwoWeeks(string french, bool expected)
    {
        Assert.Equal(expected, Findings("The next delivery is expected in two weeks.", "fr", french, "The next arrival is waited in days.").Any());
    }

    [Theory]
    [InlineData("La fréquentation a chuté après la grève de 1984-1985.", false)]
    [InlineData("La fréquentation a chuté après la grève de 1984-1986.", true)]
    public void Detect_ReadsTheShortSecondYearOfARangeAsTheFullYear(string french, bool expected)
    {
        Assert.Equal(expected, Findings("Attendance fell after the strike of 1984-85.", "fr", french, "The attendance fell after the strike.").Any());
    }

    [Theory]
    [InlineData("Elle n'avait plus un seul sandwich à 13 heures.", false)]
    [InlineData("Elle n'avait plus un seul sandwich à 15 heures.", true)]
    public void Detect_ReadsOneInTheAfternoonAs13(string french, bool expected)
    {
        Assert.Equal(expected, Findings("She had sold out of sandwiches by one in the afternoon.", "fr", french, "She had no sandwich left.").Any());
    }

    [Theory]
    [InlineData("Le puits date des années soixante.", false)]
    [InlineData("Le puits date des années soixante-dix.", true)]
    public void Detect_ComparesADecadeInWords(string french, bool expected)
    {
        Assert.Equal(expected, Findings("The shaft dates from the sixties.", "fr", french, "The well dates of the years.").Any());
    }

    [Theory]
    [InlineData("Los 140 compradores ya no tienen que estar en la nave a las cuatro de la madrugada.", false)]
    [InlineData("Los 140 compradores ya no tienen que estar en la nave a las cuatro de la tarde.", true)]
    [InlineData("Los 410 compradores ya no tienen que estar en la nave a las cuatro de la tarde.", true)]
    public void Detect_RaisesAnHourInTheWrongPartOfTheDayBesideOtherChanges(string spanish, bool expected)
    {
        var findings = Findings("The 140 buyers no longer have to be in the hall at four in the morning.", "es", spanish, "The buyers no longer have to be in the hall.");

        Assert.Equal(expected, findings.Any(f => f.Message.Contains("cuatro", StringComparison.Ordinal)));
    }
}

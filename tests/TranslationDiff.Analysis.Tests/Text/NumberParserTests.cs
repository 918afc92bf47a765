using TranslationDiff.Analysis.Text;

namespace TranslationDiff.Analysis.Tests.Text;

public class NumberParserTests
{
    [Theory]
    [InlineData("en", "A total of 8,000 troops", "8000")]
    [InlineData("fr", "Au total, 8 000 soldats", "8000")]
    [InlineData("fr", "près de12 000 emplois directs", "12000")]
    [InlineData("en", "compared with 5.30 at the start of November", "5.30")]
    [InlineData("fr", "Au total, 8\u202F000 soldats", "8000")]
    [InlineData("es", "Un total de 8.000 soldados", "8000")]
    [InlineData("es", "Un total de 8 000 soldados", "8000")]
    [InlineData("de", "Insgesamt 8.000 Soldaten", "8000")]
    [InlineData("fr", "une croissance de 4,1 %", "4.1")]
    [InlineData("en", "with 1.2 million soldiers", "1200000")]
    [InlineData("fr", "avec 1,2 million de soldats", "1200000")]
    [InlineData("es", "con 1,2 millones de soldados", "1200000")]
    [InlineData("es", "1.000 millones de euros", "1000000000")]
    [InlineData("en", "a $5bn deal", "5000000000")]
    [InlineData("en", "a 1.2-billion-pixel camera", "1200000000")]
    [InlineData("fr", "au cours des 8 derniers milliards d'années", "8000000000")]
    [InlineData("es", "los 3 primeros millones de euros", "3000000")]
    [InlineData("ca", "uns 2 mil milions d'euros", "2000000000")]
    [InlineData("fr", "les 8 derniers jours", "8")]
    [InlineData("en", "a 12-year-old boy", "12")]
    [InlineData("fr", "le 1er novembre", "1")]
    [InlineData("en", "on November 1st", "1")]
    [InlineData("es", "el 1.º de noviembre", "1")]
    [InlineData("en", "since the 1950s", "1950")]
    [InlineData("fr", "Deux mois plus tôt", "2")]
    [InlineData("es", "dos países", "2")]
    [InlineData("en", "twelve soldiers", "12")]
    [InlineData("fr", "Les Vingt-Sept ont conclu", "27")]
    [InlineData("es", "Los Veintisiete concluyeron", "27")]
    [InlineData("ca", "els vint-i-set estats", "27")]
    [InlineData("en", "the twenty-seven member states", "27")]
    [InlineData("fr", "soixante-dix-sept ans", "77")]
    [InlineData("fr", "quatre-vingt-dix-neuf ans", "99")]
    [InlineData("fr", "vingt-et-un ans", "21")]
    [InlineData("es", "veintidós años", "22")]
    [InlineData("en", "thirty years", "30")]
    [InlineData("en", "from 4pm. Up to then", "16")]
    [InlineData("en", "at 6pm will have", "18")]
    [InlineData("en", "at 7 p.m. on Friday", "19")]
    [InlineData("en", "agreed to add £30m to a scheme", "30000000")]
    [InlineData("en", "a $5M grant", "5000000")]
    [InlineData("fr", "une attente d'une trentaine de minutes", "30")]
    [InlineData("es", "una veintena de vecinos", "20")]
    [InlineData("ca", "una desena de barques", "10")]
    [InlineData("it", "una ventina di minuti", "20")]
    [InlineData("en", "a dozen trucks", "12")]
    [InlineData("fr", "un retable du XVe siècle", "15")]
    [InlineData("fr", "les peintres du XIXème", "19")]
    [InlineData("es", "una iglesia del siglo XII", "12")]
    [InlineData("es", "una ermita (s. XIV) restaurada", "14")]
    [InlineData("ca", "una masia del segle XVIII", "18")]
    [InlineData("ca", "feien menys de 29 mil·límetres de closca", "29")]
    [InlineData("en", "a ten-tier tower", "10")]
    [InlineData("en", "as temperatures reached 24C, unusually warm", "24")]
    [InlineData("fr", "une quarantaine de coureurs", "40")]
    [InlineData("ca", "deixar de servir a la una de la matinada", "1")]
    [InlineData("fr", "vers une heure du matin", "1")]
    [InlineData("en", "as will under-16s with an adult", "16")]
    [InlineData("ca", "en una seixantena de botigues", "60")]
    [InlineData("es", "para su decimotercera edición", "13")]
    [InlineData("es", "el decimoctavo aniversario", "18")]
    [InlineData("fr", "Cent quarante marionnettes du siècle", "140")]
    [InlineData("fr", "les deux cents douze figurines", "212")]
    [InlineData("es", "Ciento cuarenta y dos marionetas", "142")]
    [InlineData("es", "unas trescientas quince plazas", "315")]
    [InlineData("ca", "unes dos-centes vint places", "220")]
    [InlineData("en", "One hundred and forty puppets", "140")]
    public void Parse_ReadsValueInOwnConvention_WhenWrittenLocally(string language, string text, string expected)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mention.Value);
    }

    [Theory]
    [InlineData("es", "a la una y media", 1, 30)]
    [InlineData("es", "a las nueve y media de la mañana", 9, 30)]
    [InlineData("ca", "a les set i quart", 7, 15)]
    [InlineData("en", "at half past eight in the evening", 30, 20)]
    public void Parse_ReadsAnHourAndItsMinutesInWords(string language, string text, int first, int second)
    {
        var values = NumberParser.Parse(text, language).Select(m => m.Value).ToList();

        Assert.Equal([first, second], values);
    }

    [Theory]
    [InlineData("en", "The price rose from 9.50 to 12 euros a kilo.", 9.5, 12)]
    [InlineData("en", "The shop is open from 9.30 to 12 every day.", 9, 30)]
    public void Parse_ReadsAPointedFigureAsAPrice_WhenTheRangeItOpensEndsInMoney(string language, string text, double first, double second)
    {
        var values = NumberParser.Parse(text, language).Select(m => m.Value).ToList();

        Assert.Equal([(decimal)first, (decimal)second], values.Take(2));
    }

    [Theory]
    [InlineData("fr", "Le taux atteint cinq pour cent cette année.")]
    [InlineData("es", "Llegaron cien personas.")]
    [InlineData("en", "A hundred people came.")]
    public void Parse_LeavesHundredsWithNoTensOrUnitsAfterThem(string language, string text)
    {
        Assert.DoesNotContain(NumberParser.Parse(text, language), m => m.Value >= 100);
    }

    [Theory]
    [InlineData("en", "The doors open at 5.30 on Friday.")]
    [InlineData("es", "La sesión empieza a las 5.30 del viernes.")]
    [InlineData("ca", "De 5.30 a 9.00 el servei és gratuït.")]
    public void Parse_ReadsPointedTimeAsHourAndMinutes_AfterAWordLeadingToATime(string language, string text)
    {
        var values = NumberParser.Parse(text, language).Select(m => m.Value).ToList();

        Assert.Equal(5m, values[0]);
        Assert.Equal(30m, values[1]);
    }

    [Theory]
    [InlineData("a un quart de dotze de la nit", 15, 23)]
    [InlineData("a dos quarts de set de la tarda", 30, 18)]
    [InlineData("cap a tres quarts de deu", 45, 9)]
    public void Parse_ReadsCatalanQuartersAsMinutesAndTheHourBefore(string text, int minutes, int hour)
    {
        var mentions = NumberParser.Parse(text, "ca");

        Assert.Equal([minutes, hour], mentions.Select(m => (int)m.Value!.Value));
    }

    [Theory]
    [InlineData("en", "its twentieth edition", 20)]
    [InlineData("fr", "sa vingtième édition", 20)]
    [InlineData("fr", "la quinzième étape", 15)]
    [InlineData("ca", "la trentena edició", 30)]
    [InlineData("ca", "el vintè aniversari", 20)]
    [InlineData("es", "la vigésima edición", 20)]
    [InlineData("en", "the twelfth stage", 12)]
    public void Parse_ReadsOrdinalsAboveTenthAsSoftNumbers(string language, string text, int expected)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(expected, mention.Value);
        Assert.True(mention.IsApproximate);
    }

    [Theory]
    [InlineData("fr", "moins de la moitié des candidats", 50)]
    [InlineData("es", "por tres puntos a cero", 0)]
    [InlineData("fr", "à un quart d'heure de la fin", 15)]
    [InlineData("en", "within half an hour", 30)]
    public void Parse_ReadsWordsThatStandForANumberAsSoft(string language, string text, int expected)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language), m => m.IsApproximate);

        Assert.Equal(expected, mention.Value);
    }

    [Theory]
    [InlineData("ca", "uns tres milions d'euros més", 3_000_000)]
    [InlineData("es", "hace unos seis millones de años", 6_000_000)]
    [InlineData("en", "two million visitors", 2_000_000)]
    public void Parse_ReadsANumberWordWithItsScaleAsTheWholeFigure(string language, string text, int expected)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(expected, mention.Value);
        Assert.False(mention.IsWord);
    }

    [Fact]
    public void Parse_ReadsTheSecondYearOfAShortRange()
    {
        var mentions = NumberParser.Parse("the 2025-26 season", "en");

        Assert.Equal(2, mentions.Count);
        Assert.True(mentions[1].CanMean(2026));
    }

    [Theory]
    [InlineData("fr", "pendant quinze jours", 15, 2)]
    [InlineData("es", "durante ocho días", 8, 1)]
    public void Parse_ReadsACountOfDaysAlsoAsWeeks(string language, string text, int days, int weeks)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(days, mention.Value);
        Assert.True(mention.CanMean(weeks));
    }

    [Theory]
    [InlineData("fr", "des dizaines de manifestants")]
    [InlineData("fr", "Le navire reste en quarantaine à Sète.")]
    [InlineData("en", "dozens of trucks")]
    [InlineData("fr", "Le chef dit que Ce projet De loi Me plaît.")]
    [InlineData("es", "El rey Juan Carlos I y la reina.")]
    [InlineData("en", "I said CD and MI.")]
    [InlineData("fr", "une quarantaine stricte")]
    [InlineData("es", "la una y la otra")]
    public void Parse_FindsNoNumber_WhenCollectiveIsPluralOrLettersOnlyLookRoman(string language, string text)
    {
        Assert.Empty(NumberParser.Parse(text, language));
    }

    [Fact]
    public void Parse_ReadsBothCenturies_WhenAConjunctionJoinsThem()
    {
        var values = NumberParser.Parse("los siglos XVI y XVII", "es").Select(m => m.Value);

        Assert.Equal([16m, 17m], values);
    }

    [Fact]
    public void Parse_MarksACollectiveNumeralAsApproximate()
    {
        var mention = Assert.Single(NumberParser.Parse("une vingtaine de minutes", "fr"));

        Assert.True(mention.IsApproximate && mention.IsWord);
    }

    [Fact]
    public void Parse_ReadsEightThousandAsEight_WhenDotDecimalInEnglish()
    {
        var mention = Assert.Single(NumberParser.Parse("A total of 8.000 troops", "en"));

        Assert.Equal(8m, mention.Value);
        Assert.True(mention.CanMean(8000m));
    }

    [Theory]
    [InlineData("with 1,2 million soldiers", "1200000")]
    [InlineData("a total of 8 000 troops", "8000")]
    public void Parse_GivesNoOwnValueButAnAlternative_WhenForeignFormatInEnglish(string text, string meant)
    {
        var mention = Assert.Single(NumberParser.Parse(text, "en"));

        Assert.Null(mention.Value);
        Assert.Contains(mention.Alternatives, a => a.Value == decimal.Parse(meant, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_SplitsRangesAndTimes_WhenHyphenOrHourMark()
    {
        var values = NumberParser.Parse("la guerre de 1950-1953, à 10h30", "fr").Select(m => m.Value).ToList();

        Assert.Equal([1950m, 1953m, 10m, 30m], values);
    }

    [Theory]
    [InlineData("the F-16 and the A400M")]
    [InlineData("the COVID-19 pandemic")]
    [InlineData("one of the largest")]
    public void Parse_FindsNothing_WhenCodesOrTheWordOne(string text)
    {
        Assert.Empty(NumberParser.Parse(text, "en"));
    }

    [Theory]
    [InlineData("es", "una cuarentena de diez días", "10")]
    [InlineData("fr", "une quarantaine de jours", null)]
    [InlineData("en", "a fortyish man at 4 amendments", "4")]
    public void Parse_ReadsNoTensInWordsThatOnlyStartLikeThem(string language, string text, string? expected)
    {
        var values = NumberParser.Parse(text, language).Select(m => m.Value);

        Assert.Equal(expected is null ? [] : [decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], values);
    }

    [Fact]
    public void Parse_KeepsSeparateNumbers_WhenYearFollowedBySpaceAndNumber()
    {
        var values = NumberParser.Parse("In 2023 500 soldiers, then 1, 2, 3.", "en").Select(m => m.Value).ToList();

        Assert.Equal([2023m, 500m, 1m, 2m, 3m], values);
    }

    [Fact]
    public void Parse_CoversScaleWordInSpan_WhenMillionFollows()
    {
        var mention = Assert.Single(NumberParser.Parse("avec 1,2 million de soldats", "fr"));

        Assert.Equal("1,2 million", mention.Text);
        Assert.Equal(5, mention.Start);
    }

    [Theory]
    [InlineData("ca", "des dels anys vuitanta", 1980)]
    [InlineData("es", "desde los años noventa", 1990)]
    [InlineData("fr", "depuis les années quatre-vingt", 1980)]
    [InlineData("en", "since the eighties", 1980)]
    [InlineData("es", "desde finales de los noventa.", 1990)]
    [InlineData("ca", "als noranta i després", 1990)]
    public void Parse_ReadsDecadeInWords_AfterTheYearsNoun(string language, string text, int year)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.True(mention.IsWord);
        Assert.True(mention.CanMean(year));
        Assert.True(mention.CanMean(year + 100));
    }

    [Theory]
    [InlineData("ca", "en va morir vuitanta")]
    [InlineData("es", "hace noventa años")]
    [InlineData("es", "los noventa empleados de la fábrica")]
    public void Parse_ReadsNoDecade_WhenTensWordIsNotAfterTheYearsNoun(string language, string text)
    {
        Assert.DoesNotContain(NumberParser.Parse(text, language), m => m.Value >= 1900);
    }

    [Theory]
    [InlineData("ca", "elevarà la capacitat d'1,1 a 2,3 milions de litres")]
    [InlineData("fr", "portera la capacité de 1,1 à 2,3 millions de litres")]
    [InlineData("en", "between 1.1 and 2.3 million litres")]
    public void Parse_GivesTheFirstBoundOfARangeTheScaleOfTheSecond(string language, string text)
    {
        var mentions = NumberParser.Parse(text, language);

        Assert.Equal([1_100_000m, 2_300_000m], mentions.Select(m => m.Value));
        Assert.True(mentions[0].CanMean(1.1m));
    }

    [Theory]
    [InlineData("en", "beat the second seed", 2)]
    [InlineData("fr", "la troisième manche", 3)]
    [InlineData("es", "la segunda cabeza de serie", 2)]
    [InlineData("ca", "la tercera ronda", 3)]
    [InlineData("en", "sectors with round-the-clock operations", 24)]
    public void Parse_ReadsOrdinalsAndSetPhrasesAsSoftMentions(string language, string text, int value)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(value, mention.Value);
        Assert.True(mention.IsApproximate);
    }

    [Fact]
    public void Parse_StillSkipsACodeWithAHyphen()
    {
        Assert.Empty(NumberParser.Parse("an F-16 and a covid-19 ward", "en"));
    }

    [Fact]
    public void Parse_ReadsMilesPerHourGluedToTheNumber()
    {
        var mention = Assert.Single(NumberParser.Parse("a 60mph limit", "en"));

        Assert.Equal(60m, mention.Value);
    }

    [Theory]
    [InlineData("ca", "el refugi nou obrirà al març", null)]
    [InlineData("ca", "el refugi acull nou gossos", "9")]
    [InlineData("ca", "obre de nou del matí a dues", "9")]
    [InlineData("fr", "un bâtiment neuf ouvrira", null)]
    [InlineData("fr", "depuis neuf ans", "9")]
    public void Parse_ReadsNineOnlyWhereTheWordForNewCounts(string language, string text, string? expected)
    {
        var values = NumberParser.Parse(text, language).Where(m => m.Value == 9).Select(m => m.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected is null ? [] : [expected], values);
    }

    [Theory]
    [InlineData("El trayecto durará cuarenta y cinco minutos.", 45)]
    [InlineData("Tiene treinta y una plazas.", 31)]
    [InlineData("Llegaron cuarenta y muchos más.", 40)]
    public void Parse_ReadsASpanishNumberWrittenAsTensAndUnit(string text, int expected)
    {
        Assert.Equal([(decimal)expected], NumberParser.Parse(text, "es").Select(m => m.Value!.Value));
    }

    [Theory]
    [InlineData("Trenta-dues corals hi participaran.", 32)]
    [InlineData("Hi ha vint-i-una escoles.", 21)]
    [InlineData("Quaranta-tres alumnes.", 43)]
    public void Parse_ReadsACatalanCompoundWithAFeminineUnit(string text, int expected)
    {
        Assert.Equal([(decimal)expected], NumberParser.Parse(text, "ca").Select(m => m.Value!.Value));
    }

    [Theory]
    [InlineData("ca", "i el Consell de Cornualla, un milió.", 1_000_000)]
    [InlineData("es", "y el Consejo de Cornualles, un millón.", 1_000_000)]
    [InlineData("en", "Forecasts point to a million passengers.", 1_000_000)]
    [InlineData("en", "Forecasts point to half a million passengers.", null)]
    public void Parse_ReadsTheArticleBeforeAScaleWordAsOne(string language, string text, int? expected)
    {
        var values = NumberParser.Parse(text, language).Where(m => m.Value >= 1_000_000).Select(m => m.Value!.Value);

        Assert.Equal(expected is null ? [] : [(decimal)expected], values);
    }
}

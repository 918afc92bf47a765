using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

public class NumbersDetectorTests
{
    private static readonly NumbersDetector Detector = new(new DetectionOptions());

    [Theory]
    [InlineData("A total of 8,000 troops have been deployed to the Kursk region, according to Washington.")]
    [InlineData("Some 8000 troops have been deployed to the Kursk region, according to Washington.")]
    public void Detect_FindsNothing_WhenValuesAgree(string english)
    {
        var context = new ContextBuilder().Edition("fr", Samples.Troops).PivotEdition("en", english).Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("Le concert durera une vingtaine de minutes, avec des œuvres du XVIIIe siècle.", false)]
    [InlineData("Le concert durera trente minutes, avec des œuvres du XVIIIe siècle.", true)]
    [InlineData("Le concert durera une vingtaine de minutes, avec des œuvres du XIXe siècle.", true)]
    public void Detect_ReadsCollectiveNumeralsAndRomanCenturies_AsTheirNumbers(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El concierto durará unos 20 minutos, con obras del siglo XVIII.", "The concert will last some 20 minutes, with works of the 18th century."))
            .PivotEdition("en", "The concert will last about 20 minutes, with 18th-century works.")
            .Edition("fr", (french, "The concert will last some twenty minutes."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language is "fr" or "en");

        Assert.Equal(expected, findings.Any());
    }

    [Fact]
    public void Detect_FindsNothing_WhenAFortnightInWordsMeetsTwoWeeks()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les travaux dureront une quinzaine de jours.", "The works will last a fortnight."))
            .PivotEdition("en", "The work will take two weeks.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("El fuego empezó poco después de las diez de la noche.", false)]
    [InlineData("El fuego empezó poco después de las diez horas de la noche.", false)]
    [InlineData("El fuego empezó poco después de las diez de la mañana.", true)]
    [InlineData("El fuego empezó poco después de las nueve de la noche.", true)]
    public void Detect_ReadsAnHourInWordsWithItsPartOfTheDay_AsATwentyFourHourTime(string spanish, bool expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le feu est parti peu après 22 heures.", "The fire left shortly after 22 hours."))
            .PivotEdition("en", "The blaze started shortly after 10 pm.")
            .Edition("es", (spanish, "The fire began shortly after the ten of the night."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("The SNCF has seven days to contest the award.", "seven")]
    [InlineData("The SNCF has eleven days to contest the award.", null)]
    [InlineData("The SNCF has a few days to contest the award.", null)]
    [InlineData("The SNCF has seven or eight days to contest the award.", null)]
    public void Detect_FindsOneSpelledOutNumberChanged_WhenEachSideHasOneThatMatchesNothing(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La SNCF dispose de onze jours pour contester l'attribution.", "The SNCF has eleven days to contest the attribution."))
            .PivotEdition("en", english)
            .Build();

        var findings = Detector.Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("en", "Turnout was 78 % in the morning shift.", "78 %")]
    [InlineData("en", "Turnout was 78% in the morning shift.", null)]
    [InlineData("es", "El seguimiento fue del 78 % en el turno de mañana.", null)]
    public void Detect_ReportsASpaceBeforeThePercentSign_OnlyInEnglish(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (text, "Turnout was 78 % in the morning shift.")).Build();

        var findings = Detector.Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_ReportsLocaleFormat_WhenEnglishWritesDotGroups()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Troops)
            .PivotEdition("en", "A total of 8.000 troops have been deployed to the Kursk region, according to Washington.").Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("8.000", "locale/number-format", Severity.Major), (finding.Text, finding.Category, finding.Severity));
        Assert.Equal(finding.Start, finding.PivotStart);
        Assert.Contains("8,000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("8 000", finding.Evidence["fr"], StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ReportsMinorFormat_WhenDecimalCommaInEnglishEvenWithoutReference()
    {
        var context = new ContextBuilder(reference: "en").PivotEdition("en", "The army has 1,2 million soldiers.").Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("1,2 million", Severity.Minor), (finding.Text, finding.Severity));
    }

    [Fact]
    public void Detect_ReportsChangedNumber_WhenValuesDiffer()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Containers)
            .PivotEdition("en", "Russia bought more than 15,600 containers of munitions from North Korea since September 2023.").Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("15,600", Categories.Mistranslation), (finding.Text, finding.Category));
    }

    [Fact]
    public void Detect_ReportsMissingNumberOnTheMatchingSentence_WhenEditionDropsIt()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Containers)
            .PivotEdition("en", "Russia bought thousands of containers of munitions from North Korea since September 2023. Nobody denies it.").Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(Categories.Omission, finding.Category);
        Assert.StartsWith("Russia bought thousands", finding.Text, StringComparison.Ordinal);
        Assert.Contains("16 500", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ReportsExtraNumber_WhenEditionAddsOne()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Troops)
            .PivotEdition("en", "A total of 8,000 troops from 12,000 volunteers have been deployed to Kursk, according to Washington.").Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("12,000", Categories.Addition), (finding.Text, finding.Category));
    }

    [Fact]
    public void Detect_ToleratesNumberInNeighbouringGroup_WhenAlignmentSlips()
    {
        var context = new ContextBuilder()
            .Edition("fr", Samples.Troops, Samples.Containers)
            .PivotEdition("en", "Troops have been deployed to Kursk, says Washington: 8,000 of them, and 16,500 containers.", "Russia bought containers of munitions from North Korea since September 2023.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_MatchesWordsAndDigits_WhenOneEditionSpellsOut()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Deux mois plus tôt, 2 000 soldats.", "Two months earlier, 2 000 soldiers."))
            .PivotEdition("en", "Two months earlier, two thousand soldiers... 2,000 of them.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Fact]
    public void Detect_ReportsAmericanDateOrder_WhenLanguageWritesDayFirst()
    {
        var context = new ContextBuilder(reference: "fr").Edition("fr", ("Le scrutin aura lieu le 10/31/2024.", "The vote will take place on 10/31/2024.")).Build();

        var finding = Assert.Single(Detector.Detect(context));

        Assert.Equal(("10/31/2024", Categories.DateFormat), (finding.Text, finding.Category));
    }

    [Theory]
    [InlineData("es", "Una cámara de 1.200 millones de píxeles.", "A 1.2-billion-pixel camera.")]
    [InlineData("es", "En los últimos 8.000 millones de años.", "Over the last 8 billion years.")]
    [InlineData("fr", "Au cours des 8 derniers milliards d'années.", "Over the last 8 billion years.")]
    [InlineData("ca", "Han pujat 1,4 graus des dels anys vuitanta.", "They have climbed 1.4 degrees since the 1980s.")]
    public void Detect_FindsNothing_WhenScaleOrDecadeWordsCarryTheValue(string language, string original, string english)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (original, original)).PivotEdition("en", english).Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("es", "Una cámara de 1.200 millones de píxeles.", "A 1.2-million-pixel camera.")]
    [InlineData("ca", "Han pujat 1,4 graus des dels anys vuitanta.", "They have climbed 1.4 degrees since the 1970s.")]
    public void Detect_ReportsChangedNumber_WhenScaleOrDecadeDiffers(string language, string original, string english)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (original, original)).PivotEdition("en", english).Build();

        Assert.Single(Detector.Detect(context));
    }

    [Theory]
    [InlineData("Le phare guide les marins depuis trente ans.", false)]
    [InlineData("Le phare guide les marins depuis trois décennies.", false)]
    [InlineData("Le phare guide les marins depuis vingt ans.", true)]
    public void Detect_ReadsACountOfDecades_AsTenTimesAsManyYears(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El faro guía a los marinos desde hace tres décadas.", "The lighthouse guides the sailors for three decades."))
            .Edition("fr", (french, "The lighthouse guides the sailors."))
            .Build();

        Assert.Equal(expected, Detector.Detect(context).Any(f => f.Language == "fr"));
    }

    [Theory]
    [InlineData("El Departamento tendrá tres meses para emitir la declaración.", "tres")]
    [InlineData("El Departamento tendrá seis meses para emitir la declaración.", null)]
    public void Detect_ComparesASpelledOutNumber_WithTheAlignedParagraphAlone(string spanish, string? expected)
    {
        // The next paragraph's « tres anys » is another count: it does not vouch for this paragraph's « tres ».
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca",
                ("El Departament tindrà sis mesos per emetre la declaració.", "The Department will have six months to issue the declaration."),
                ("La planta funciona des de fa tres anys.", "The plant works for three years."))
            .Edition("es",
                (spanish, "The Department will have months to issue the declaration."),
                ("La planta funciona desde hace tres años.", "The plant works for three years."))
            .Build();

        Assert.Equal(expected is null ? [] : [expected], Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text));
    }

    [Fact]
    public void Detect_ReadsTheLastTwoDecades_AsTwentyYears()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Es uno de los mosaicos más completos de las dos últimas décadas.", "It is one of the most complete mosaics of the last two decades."))
            .PivotEdition("en", "It is one of the most complete mosaics of the past twenty years.")
            .Build();

        Assert.Empty(Detector.Detect(context));
    }

    [Theory]
    [InlineData("fr", "La centrale devrait coûter £48m, selon le conseil.", "£48m")]
    [InlineData("es", "La obra costará €3,5 millones.", "€3,5")]
    [InlineData("fr", "La centrale devrait coûter 48 millions de livres, selon le conseil.", null)]
    [InlineData("es", "La obra costará US$ 5 millones.", null)]
    public void Detect_FindsAnAmountWrittenTheEnglishWay_InARomanceEdition(string language, string text, string? expected)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (text, text)).Build();

        var findings = Detector.Detect(context).Where(f => f.Language == language).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("El pabellón, con 2.400 plazas, estaba lleno.", null)]
    [InlineData("El pabellón, con 2 400 plazas, estaba lleno.", "2 400")]
    public void Detect_ReportsSpaceGroupsCopiedFromAFrenchOriginal(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("La salle, avec ses 2 400 places, était pleine.", "The room, with its 2 400 places, was full."))
            .Edition("es", (spanish, "The pavilion, with 2.400 places, was full."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("es", "El ayuntamiento prepara una recepción el martes a las siete de la tarde en la plaza.", "The council is preparing a reception on Tuesday at seven in the morning in the square.", "seven in the morning")]
    [InlineData("es", "El ayuntamiento prepara una recepción el martes a las siete de la tarde en la plaza.", "The council is preparing a reception on Tuesday at seven in the evening in the square.", null)]
    [InlineData("ca", "La festa acabarà diumenge a les vuit del matí amb un concert.", "The party will end on Sunday at eight in the morning with a concert.", null)]
    [InlineData("ca", "La festa acabarà diumenge a les vuit del vespre amb un concert.", "The party will end on Sunday at eight with a concert.", null)]
    public void Detect_ReportsAnHourInWordsMovedToTheOtherHalfOfTheDay(string language, string original, string english, string? expected)
    {
        var context = new ContextBuilder(reference: language, original: language)
            .Edition(language, (original, english))
            .PivotEdition("en", english).Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "en").ToList();

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
        Assert.All(findings, f => Assert.Contains("afternoon or evening (19:00)", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("La sala, amb 14.800 places, era plena.", null)]
    [InlineData("La sala, amb 14 800 places, era plena.", "14 800")]
    public void Detect_ReportsSpaceGroupsInACatalanEdition_WhateverTheOriginalsLanguage(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The hall, with 14,800 seats, was full.")
            .Edition("ca", (catalan, "The room, with 14.800 places, was full."))
            .Build();

        var finding = Detector.Detect(context).Where(f => f.Language == "ca").ToList();

        Assert.Equal(expected is null ? [] : [expected], finding.Select(f => f.Text));
        Assert.All(finding, f => Assert.Contains("“14.800”", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Els llums s'apaguen a les 10pm.", "10pm")]
    [InlineData("Els llums s'apaguen a les 22 h.", null)]
    [InlineData("Thorley és la 41st del rànquing.", "41st")]
    public void Detect_ReportsEnglishClockAndOrdinalMarksInARomanceEdition(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The lights go off at 10pm and Thorley is 41st in the ranking.")
            .Edition("ca", (catalan, catalan))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "ca" && f.Message.Contains("English", StringComparison.Ordinal)).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("La reunión será a las 18 h 30 en el ayuntamiento.", "18 h 30")]
    [InlineData("La reunión será a las 18.30 en el ayuntamiento.", null)]
    [InlineData("Ganó la carrera en 23 h 41 min y a las 18 h se fue.", null)]
    public void Detect_ReportsATimeWrittenTheFrenchWayInAnotherLanguage(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("La réunion aura lieu à 18 h 30 à la mairie.", "The meeting will take place at 18 h 30 at the town hall."))
            .Edition("es", (spanish, spanish))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "es" && f.Message.Contains("French way", StringComparison.Ordinal)).Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("Le club rouvrira le 1 novembre.", "1 novembre")]
    [InlineData("Le club rouvrira le 1er novembre.", null)]
    public void Detect_ReportsTheFirstOfAMonthWithoutItsFrenchOrdinal(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The club will reopen on 1 November.")
            .Edition("fr", (french, "The club will reopen the 1 November."))
            .Build();

        var findings = Detector.Detect(context).Where(f => f.Language == "fr").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void Detect_ReadsTheEnglishTensWordOfAnAgeAsTheAge()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Tengo muchos alumnos de 30 años que aprenden ahora.", "I have many students of 30 years that learn now."))
            .PivotEdition("en", "I have lots of students in their thirties who are learning now.")
            .Build();

        Assert.DoesNotContain(Detector.Detect(context), f => f.Language == "en");
    }
}

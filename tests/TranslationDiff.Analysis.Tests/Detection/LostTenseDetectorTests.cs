using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class LostTenseDetectorTests
{
    private static readonly DetectionOptions Options = new();

    private const string French = "Les actions du dictateur pourraient pousser Séoul à s'aligner sur l'Ukraine, alors que le pays était resté neutre jusque-là.";
    private const string FrenchPivot = "The actions of the dictator could push Seoul to range on Ukraine, whereas the country was remained neutre until-there.";

    [Fact]
    public void Detect_FlagsSimplePast_WhenOriginalHasAnchoredPluperfect()
    {
        var context = new ContextBuilder()
            .Edition("fr", (French, FrenchPivot))
            .PivotEdition("en", "The actions of the dictator could push Seoul to align itself with Ukraine, while it remained neutral until then.")
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal(("en", "remained"), (finding.Language, finding.Text));
        Assert.Equal(Categories.Mistranslation, finding.Category);
        Assert.Contains("« était resté »", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ReadsAnElidedTemporalCue_AsAnAnchor()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La statue avait été abîmée lorsqu'une grue avait heurté le socle.", "The statue had been damaged when a crane had hit the pedestal."))
            .PivotEdition("en", "The statue was damaged when a crane struck the pedestal.")
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal("was", finding.Text);
    }

    [Fact]
    public void Detect_FlagsTheVerbOfTheMainClause_NotTheOneThatRendersTheBeforeClause()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Avant même que le contrat ne soit voté, la mairie avait commandé une étude du sol.", "Before even that the contract was not voted, the town hall had ordered a study of the ground."))
            .PivotEdition("en", "Even before the contract was voted, the council commissioned a soil survey.")
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal("commissioned", finding.Text);
    }

    [Fact]
    public void Detect_FindsNothing_WhenEditionKeepsThePerfect()
    {
        var context = new ContextBuilder()
            .Edition("fr", (French, FrenchPivot))
            .PivotEdition("en", "The dictator's actions could push Seoul to side with Ukraine, although it had remained neutral until then.")
            .Build();

        Assert.Empty(new LostTenseDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenPluperfectIsRemotePastWithoutAnchor()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La dernière grève, en octobre 2022, avait privé de train 60 000 voyageurs.", "The last strike, in October 2022, had deprived of train 60 000 travellers."))
            .PivotEdition("en", "The last strike, in October 2022, left 60,000 passengers without trains.")
            .Build();

        Assert.Empty(new LostTenseDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenFrenchEtreIsPassive()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Quand la réunion a commencé, le vote était prévu pour midi.", "When the meeting has begun, the vote was foreseen for midday."))
            .PivotEdition("en", "When the meeting began, the vote was scheduled for noon.")
            .Build();

        Assert.Empty(new LostTenseDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FlagsModal_WhenCounterfactualConditionalPerfectIsLost()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Sin el cierre, el techo habría podido desplomarse sobre los clientes, según el arquitecto.", "Without the closing, the ceiling would have been able to collapse on the clients, according to the architect."))
            .PivotEdition("en", "Without the closure, the roof could collapse onto customers, according to the architect.")
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal("could collapse", finding.Text);
    }

    [Fact]
    public void Detect_FindsNothing_WhenHearsayConditionalIsRenderedWithReportedly()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("L'armée aurait tiré sur les manifestants.", "The army would have fired on the demonstrators."))
            .PivotEdition("en", "The army reportedly fired on the protesters.")
            .Build();

        Assert.Empty(new LostTenseDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FlagsRomanceEdition_WhenItDropsThePluperfect()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Quan van arribar els bombers, les flames havien cremat la meitat dels llibres.", "When the firefighters arrived, the flames had burned half of the books."))
            .Edition("es", ("Cuando llegaron los bomberos, las llamas quemaron la mitad de los libros.", "When the firefighters arrived, the flames burned half of the books."))
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal(("es", "quemaron"), (finding.Language, finding.Text));
    }

    [Theory]
    [InlineData("Cuando los bomberos llegaron, las llamas quemaban la mitad de los libros, explicó ayer el director.", "quemaban")]
    [InlineData("El director ya advirtió antes del incendio de que la sala no tenía extintores.", "advirtió")]
    public void Detect_DoesNotTakeAVerbOfSayingForTheRenderingOfAReportedPluperfect(string spanish, string expected)
    {
        var (catalan, pivot) = spanish.StartsWith("El director", StringComparison.Ordinal)
            ? ("El director ja havia advertit abans de l'incendi que la sala no tenia extintors.", "The director had already warned before the fire that the room did not have extinguishers.")
            : ("Quan van arribar els bombers, segons va explicar ahir el director, les flames ja havien cremat la meitat dels llibres.", "When the firefighters arrived, according to explained yesterday the director, the flames had already burned half of the books.");
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", (catalan, pivot))
            .Edition("es", (spanish, pivot.Replace("had ", string.Empty, StringComparison.Ordinal)))
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context), f => f.Language == "es");

        Assert.Equal(expected, finding.Text);
    }

    [Theory]
    [InlineData("radio", "es", "La radio emitió tres años sin licencia cuando el Ayuntamiento la legalizó.", "emitió")]
    [InlineData("radio", "es", "La radio llevaba tres años emitiendo sin licencia cuando el Ayuntamiento la legalizó.", null)]
    [InlineData("organ", "fr", "L'orgue resta inutilisable quand une fuite endommagea les soufflets.", "resta")]
    [InlineData("organ", "fr", "L'orgue était resté inutilisable quand une fuite endommagea les soufflets.", null)]
    public void Detect_ReadsACatalanParticipleInEs_AndFrenchSimplePasts_AndLetsADurationKeepTheAnteriority(string story, string language, string edition, string? expected)
    {
        // The Catalan original's pluperfects: « havia emès » (a participle in -ès) and « havia quedat ».
        var (original, pivot) = story == "radio"
            ? ("La ràdio havia emès tres anys sense llicència quan l'Ajuntament la va legalitzar.", "The radio had emitted three years without licence when the City council legalised it.")
            : ("L'orgue havia quedat inservible quan una fuita va fer malbé les manxes.", "The organ had remained unusable when a leak damaged the bellows.");
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", (original, pivot))
            .Edition(language, (edition, pivot.Replace("had ", string.Empty, StringComparison.Ordinal)))
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == language);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FlagsTheLostPluperfect_WhenAnotherVerbOfTheSentenceKeepsHad()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Ferrer va dir que el Govern havia ofert ajudes abans que l'empresa anunciés el tancament, però que la direcció no les havia volgut estudiar.", "Ferrer said that the Government had offered aids before the company announced the closure, but that the management had not wanted to study them."))
            .PivotEdition("en", "Ferrer said the government offered aid before the company announced the closure, but that the management had not wanted to study it.")
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal("offered", finding.Text);
    }

    [Fact]
    public void Detect_FindsNothing_WhenTheEditionAlsoHasTheVerbAfterHad()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Ferrer va dir que el consell no havia dit res abans que l'empresa anunciés el tancament.", "Ferrer said that the council had said nothing before the company announced the closure."))
            .PivotEdition("en", "Ferrer said the council had said nothing before the company announced the closure.")
            .Build();

        Assert.Empty(new LostTenseDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("With that aid, the plant could stay open until 2028, according to Ferrer.", "could stay")]
    [InlineData("With that aid, the plant could have stayed open until 2028, according to Ferrer.", null)]
    public void Detect_TakesAConditionalPerfectOfAModalAsUnreal_NotAsHearsay(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("Amb aquestes ajudes, la planta hauria pogut continuar oberta fins al 2028, segons Ferrer.", "With these aids, the plant would have been able to continue open until 2028, according to Ferrer."))
            .PivotEdition("en", english)
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("If the site had been operating last summer, it would consume half of the town's water.", "would consume")]
    [InlineData("If the site had been operating last summer, it would have consumed half of the town's water.", null)]
    public void Detect_DoesNotLetTheIfClausesHadKeepTheConditionalPerfect(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Si le site avait fonctionné l'été dernier, il aurait consommé la moitié de l'eau de la ville.", "If the site had worked the summer last, it would have consumed the half of the water of the town."))
            .PivotEdition("en", english)
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FlagsTheIrregularPreteriteThatRendersThePluperfect_NotTheLaterVerb()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le ministre avait déjà obtenu une dérogation lorsque les discussions ont commencé lundi.", "The minister had obtained already a derogation when the discussions have begun Monday."))
            .Edition("es", ("El ministro ya obtuvo una derogación cuando las discusiones empezaron el lunes.", "The minister already obtained a derogation when the discussions began the Monday."))
            .Build();

        var finding = Assert.Single(new LostTenseDetector(Options).Detect(context));

        Assert.Equal(("es", "obtuvo"), (finding.Language, finding.Text));
    }

    [Theory]
    [InlineData("fr", "L'élue avait orienté la rénovation vers un ami, avant même que l'appel d'offres ne soit publié.", "The elected official had directed the renovation to a friend, before even that the call of offers was published.", "The councillor steered the renovation to a friend before the tender was even published.", "steered")]
    [InlineData("ca", "El Govern havia ofert ajudes a l'empresa abans que aquesta anunciés el tancament.", "The Government had offered aid to the company before this announced the closure.", "The government offered aid to the company before it announced the closure.", "offered")]
    public void Detect_FlagsSimplePast_WhenPluperfectHappenedBeforeAnotherEvent(string language, string original, string pivot, string english, string expected)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (original, pivot)).PivotEdition("en", english).Build();

        Assert.Equal(expected, Assert.Single(new LostTenseDetector(Options).Detect(context)).Text);
    }

    [Fact]
    public void Detect_FindsNothing_WhenEditionKeepsThePluperfectBeforeAnotherEvent()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El Govern havia ofert ajudes a l'empresa abans que aquesta anunciés el tancament.", "The Government had offered aid to the company before this announced the closure."))
            .PivotEdition("en", "The government had offered aid to the company before it announced the closure.")
            .Build();

        Assert.Empty(new LostTenseDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_ReadsACatalanParticipleWithAMiddleDot_AsAPluperfect()
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("La comissió havia cancel·lat el concert abans que arribés la tempesta.", "The commission had cancelled the concert before the storm arrived."))
            .Edition("es", ("La comisión canceló el concierto antes de que llegara la tormenta.", "The commission cancelled the concert before the storm arrived."))
            .Build();

        Assert.Equal("canceló", Assert.Single(new LostTenseDetector(Options).Detect(context)).Text);
    }

    [Theory]
    [InlineData("es", "El club había vendido las entradas antes de conocer el horario del partido.", "The club had sold the tickets before knowing the timetable of the match.", "The club sold the tickets before knowing the kick-off time.", "sold")]
    [InlineData("fr", "Le club avait vendu les billets avant de connaître l'horaire du match.", "The club had sold the tickets before knowing the timetable of the match.", "The club sold the tickets before knowing the kick-off time.", "sold")]
    public void Detect_ReadsBeforeWithAnInfinitive_AsAnAnchor(string language, string original, string pivot, string english, string expected)
    {
        var context = new ContextBuilder(reference: language).Edition(language, (original, pivot)).PivotEdition("en", english).Build();

        Assert.Equal(expected, Assert.Single(new LostTenseDetector(Options).Detect(context)).Text);
    }

    [Fact]
    public void Detect_FlagsASpanishFirstPersonPlural_ThatRendersAPluperfect()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("« Nous avions déjà fermé le magasin quand la police est arrivée », dit le gérant.", "« We had already closed the shop when the police arrived », says the manager."))
            .Edition("es", ("«Ya cerramos la tienda cuando la policía llegó», dice el gerente.", "«Already we close the shop when the police arrived», says the manager."))
            .Build();

        Assert.Equal(("es", "cerramos"), (Assert.Single(new LostTenseDetector(Options).Detect(context)).Language, Assert.Single(new LostTenseDetector(Options).Detect(context)).Text));
    }

    [Theory]
    [InlineData("Le pays, qui jusque-là était en effet toujours resté neutre, pourrait s'aligner sur l'Ukraine.", false)]
    [InlineData("Le pays, qui jusque-là est toujours resté neutre, pourrait s'aligner sur l'Ukraine.", true)]
    public void Detect_LeavesAnAuxiliarySeparatedFromItsParticiple(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El país, que hasta entonces había permanecido siempre neutral, podría alinearse con Ucrania.", "The country, that until then had remained always neutral, could align with Ukraine."))
            .PivotEdition("en", "The country, which had always remained neutral until then, could side with Ukraine.")
            .Edition("fr", (french, "The country, that until there was always remained neutral, could align on Ukraine."))
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Quand les techniciens sont arrivés, le frelon a déjà colonisé la vallée.", "a déjà colonisé")]
    [InlineData("Quand les techniciens sont arrivés, le frelon avait déjà colonisé la vallée.", null)]
    public void Detect_FindsAFrenchPastWithAnAdverbBetweenItsAuxiliaryAndParticiple(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Cuando llegaron los técnicos, el avispón ya había colonizado el valle.", "When the technicians arrived, the hornet had already colonised the valley."))
            .PivotEdition("en", "When the technicians arrived, the hornet had already colonised the valley.")
            .Edition("fr", (french, "When the technicians arrived, the hornet has already colonised the valley."))
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("La empresa apostaría cuarenta millones por el reacondicionamiento.", "apostaría")]
    [InlineData("La empresa habría apostado cuarenta millones por el reacondicionamiento.", null)]
    public void Detect_FindsAConditionalPerfectRenderedAsASimpleConditional(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("L'entreprise aurait misé quarante millions sur le reconditionnement.", "The company would have bet forty million on the reconditioning."))
            .PivotEdition("en", "The company reportedly bet forty million on refurbishment.")
            .Edition("es", (spanish, "The company would bet forty million for the refurbishment."))
            .Build();

        var findings = new LostTenseDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }
}

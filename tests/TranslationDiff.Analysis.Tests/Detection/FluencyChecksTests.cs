using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class FluencyChecksTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void DoubledWord_LeavesASingleLetterWrittenOnceInCapitals()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "Homes in council tax bands A to D get the full grant.")
            .Edition("es", ("Las viviendas de las bandas A a D recibirán la ayuda completa.", "The homes of the bands To to D will receive the complete help."))
            .Build();

        Assert.Empty(new DoubledWordDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("L'aeroport cancel·la la meitat dels vols.", null)]
    [InlineData("L'aeroport cancel·la la la meitat dels vols.", "la la")]
    public void DoubledWord_ReadsTheCatalanMiddleDotAsPartOfTheWord(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("L'aéroport annule la moitié des vols.", "The airport cancels half of the flights."))
            .Edition("ca", (catalan, "The airport cancels half of the flights."))
            .Build();

        Assert.Equal(expected is null ? [] : [expected], new DoubledWordDetector(Options).Detect(context).Select(f => f.Text));
    }

    [Fact]
    public void DoubledWord_FindsADoubledArticle_ThatAnotherEditionHoldsOnlyInsideWords()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Llegaron atraídas por una ayuda para atraer familias.", "They arrived attracted by a help to attract families."))
            .PivotEdition("en", "They came, drawn by a a scheme to attract families.")
            .Build();

        var finding = Assert.Single(new DoubledWordDetector(Options).Detect(context));

        Assert.Equal("a a", finding.Text);
    }

    [Fact]
    public void DoubledWord_FindsRepeat_WhenNotAllowedInLanguage()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Troops)
            .PivotEdition("en", "A total of 8,000 troops have been deployed to the the Kursk region. He said that that was all.").Build();

        var finding = Assert.Single(new DoubledWordDetector(Options).Detect(context));

        Assert.Equal("the the", finding.Text);
    }

    [Fact]
    public void UnbalancedPunctuation_FindsUnclosedQuote_WhenOtherEditionsAreBalanced()
    {
        var context = new ContextBuilder().Edition("fr", ("« Nous avons vu les troupes », a dit M. Blinken (lundi).", "« We have seen the troops », has said Mr. Blinken (Monday)."))
            .PivotEdition("en", "“We have seen the troops, said Mr Blinken (Monday).").Build();

        var finding = Assert.Single(new UnbalancedPunctuationDetector(Options).Detect(context));

        Assert.Equal(("“", 0), (finding.Text[..1], finding.Start));
        Assert.EndsWith("(Monday).", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnbalancedPunctuation_FindsOneQuotationOpenedAndClosedWithDifferentMarks()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "“Once the water table rises, the mosses return,” said Dr Gunn.")
            .Edition("fr", ("« Une fois que la nappe remonte, les mousses reviennent\", a dit Dr Gunn.", "« Once the layer rises, the mousses go back\", has said Dr Gunn."))
            .Build();

        var finding = Assert.Single(new UnbalancedPunctuationDetector(Options).Detect(context));

        Assert.Equal((0, "«"), (finding.Start, finding.Text[..1]));
        Assert.EndsWith("\"", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnbalancedPunctuation_FindsNothing_WhenQuoteRunsOverParagraphsEverywhere()
    {
        var context = new ContextBuilder().Edition("fr", ("« Nous avons vu les troupes.", "« We have seen the troops."))
            .PivotEdition("en", "“We have seen the troops.").Build();

        Assert.Empty(new UnbalancedPunctuationDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("The ministry declared the country free of measles in 2016.", null)]
    [InlineData("The ministry declared the country free of measles in 2016. Divers mapped the meadows marine of the bay.", "meadows marine")]
    public void WordOrder_LeavesAnAdjectiveWithItsOfComplement(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("El ministerio declaró el país libre de sarampión en 2016. Los buzos cartografiaron las praderas marinas de la bahía.", "The ministry declared the free country of measles in 2016. The divers mapped the marine meadows of the bay."))
            .PivotEdition("en", english)
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "en").Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void WordOrder_FindsPostposedCompound_WhenEnglishFollowsFrenchOrder()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Kiev)
            .PivotEdition("en", "He wants to lift restrictions on the use of missiles long-range in Russian territory, which Kyiv has demanded for months.").Build();

        var finding = Assert.Single(new WordOrderDetector(Options).Detect(context));

        Assert.Equal(("missiles long-range", "fluency/word-order"), (finding.Text, finding.Category));
    }

    [Theory]
    [InlineData("He fears for the meadows marine of the nearby lagoon.", "meadows marine")]
    [InlineData("He fears for the marine meadows of the nearby lagoon.", null)]
    [InlineData("He considers the meadows marine, and the lagoon too.", null)]
    [InlineData("He fears for the meadows marine biologists study.", null)]
    [InlineData("He will take the measures necessary to protect the meadows.", null)]
    [InlineData("He fears for the meadows marine Posidonia and Zostera.", "meadows marine")]
    public void WordOrder_FindsAnAdjectiveAfterItsNoun_WhenAnotherTranslationHasTheEnglishOrder(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Il craint pour les herbiers marins de l'étang voisin.", "It dreads for the marine meadows of the neighbouring lagoon."))
            .PivotEdition("en", english)
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void WordOrder_LeavesACompassAdjectiveBeforeAName()
    {
        var context = new ContextBuilder()
            .Edition("ca", ("Els ministres van acordar una nova retallada de l'esforç pesquer a la Mediterrània occidental.", "The ministers agreed a new cut of the fishing effort in the Mediterranean western."))
            .Edition("es", ("Los ministros acordaron un nuevo recorte del esfuerzo pesquero en el Mediterráneo occidental.", "The ministers agreed a new cut of the fishing effort in the Mediterranean western."))
            .PivotEdition("en", "The ministers agreed a new cut in fishing effort in the western Mediterranean.")
            .Build();

        Assert.DoesNotContain(new WordOrderDetector(Options).Detect(context), f => f.Language == "en");
    }

    [Theory]
    [InlineData("The farmers want two weeks of weather warm in a row.", "weather warm")]
    [InlineData("The farmers want two weeks of warm weather in a row.", null)]
    [InlineData("The farmers want a region warm in winter.", null)]
    public void WordOrder_IgnoresARomanceEditionsPivot_ThatCopiesTheNounAdjectiveOrder(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les agriculteurs veulent deux semaines de temps chaud d'affilée.", "The farmers want two weeks of weather warm of affilée."))
            .Edition("ca", ("Els pagesos volen dues setmanes seguides de temps càlid.", "The farmers want two weeks in a row of warm weather."))
            .PivotEdition("en", english)
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The town welcomes three families recently arrived.", "families recently arrived")]
    [InlineData("The town welcomes three recently arrived families.", null)]
    [InlineData("The town welcomes three families recently arrived from Peru.", null)]
    [InlineData("The town welcomes the families initially expected.", null)]
    public void WordOrder_FindsAParticipleAfterItsNoun_WhenAnotherTranslationPutsItBefore(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("es", ("El pueblo acoge a tres familias recién llegadas.", "The village welcomes three recently arrived families."))
            .PivotEdition("en", english)
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void WordOrder_FindsPostposedCompound_AfterANounThatIsNoPronoun()
    {
        var context = new ContextBuilder().Edition("fr", ("La baie compte 300 exploitations familiales.", "The bay counts 300 family farms."))
            .PivotEdition("en", "The bay has some 300 farms family-run on its shores.").Build();

        Assert.Equal("farms family-run", Assert.Single(new WordOrderDetector(Options).Detect(context)).Text);
    }

    [Theory]
    [InlineData("The instruments will travel in a truck air-conditioned.", "truck air-conditioned")]
    [InlineData("The firm bets on pieces large-format, which sell at a higher price.", "pieces large-format")]
    [InlineData("The instruments will travel in an air-conditioned truck.", null)]
    public void WordOrder_FindsPostposedCompound_WithAParticipleOrFormatHead(string english, string? expected)
    {
        var context = new ContextBuilder().Edition("fr", ("Les instruments voyageront dans un camion climatisé.", "The instruments will travel in an air-conditioned truck.")).PivotEdition("en", english).Build();

        Assert.Equal(expected is null ? [] : [expected], new WordOrderDetector(Options).Detect(context).Select(f => f.Text));
    }

    [Theory]
    [InlineData("Putin, whose country has been engaged in a war since 2022 with Ukraine, signed a deal.", "since 2022 with")]
    [InlineData("The city plans to put out to tender before the end of the year the extension of the line.", "before the end of the year the extension")]
    [InlineData("The health department will start on Monday 6 October the vaccination campaign.", "start on Monday 6 October the vaccination campaign")]
    public void WordOrder_FindsDisplacedTimeAdverbial_WhenEnglishFollowsRomanceOrder(string english, string expected)
    {
        var context = new ContextBuilder().Edition("fr", ("Poutine a signé un accord.", "Putin has signed an agreement.")).PivotEdition("en", english).Build();

        Assert.Equal(expected, Assert.Single(new WordOrderDetector(Options).Detect(context)).Text);
    }

    [Theory]
    [InlineData("Putin, whose country has been at war with Ukraine since 2022, signed a deal.")]
    [InlineData("The city will put the extension of the line out to tender before the end of the year.")]
    [InlineData("It was the year the extension was approved, before the end of the year the board met.")]
    public void WordOrder_FindsNothing_WhenTimeAdverbialFollowsComplement(string english)
    {
        var context = new ContextBuilder().Edition("fr", ("Poutine a signé un accord.", "Putin has signed an agreement.")).PivotEdition("en", english).Build();

        Assert.Empty(new WordOrderDetector(Options).Detect(context));
    }

    [Fact]
    public void WordOrder_FindsReversedName_WhenAllOthersUseTheOtherOrder()
    {
        var context = new ContextBuilder().Edition("fr", Samples.Containers)
            .PivotEdition("en", "Russia bought more than 16,500 containers of munitions from Korea North since September 2023.").Build();

        Assert.Equal("Korea North", Assert.Single(new WordOrderDetector(Options).Detect(context)).Text);
    }

    [Theory]
    [InlineData("She won the Lorraine International Open on Sunday.", "Open international de Lorraine", null)]
    [InlineData("She won the Lorraine International Open on Sunday.", "Open International de Lorraine", "International Open")]
    public void WordOrder_FindsAReversedPair_OnlyWhenTheOthersWriteItAsAName(string english, string frenchName, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ($"Elle a remporté dimanche l'{frenchName}.", $"She has won Sunday the {frenchName.Replace("de", "of", StringComparison.Ordinal)}."))
            .PivotEdition("en", english).Build();

        var findings = new WordOrderDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Un tercer helicóptero debe llegar de Marsella.", null)]
    [InlineData("Llegan dos bombarderos helicópteros de Marsella.", "bombarderos helicópteros")]
    public void WordOrder_FindsWordsInvertedAgainstTheOriginal_OnlyWhenBothShareAStemWithItsWords(string spanish, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Arrivent deux hélicoptères bombardiers. Un troisième doit arriver de Marseille.", "Arrive two helicopters bombardiers. A third has to arrive of Marseilles."))
            .PivotEdition("en", "Two water-bombing helicopters arrive. A third is due from Marseille.")
            .Edition("es", (spanish, "Pivot text."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The region awarded Thursday the operation of two lines to a new company.", "awarded Thursday the operation")]
    [InlineData("The staff of the hospital, in Palencia, began on Monday an indefinite strike.", "began on Monday an indefinite strike")]
    [InlineData("The region awarded the operation of two lines to a new company on Thursday.", null)]
    [InlineData("The region said on Thursday the operation would pass to a new company.", null)]
    [InlineData("The minister resigned on Monday the day after the vote.", null)]
    [InlineData("The contract was awarded on Thursday a week after the vote.", null)]
    [InlineData("The council voted Thursday evening, by 27 votes to 6, the end of the fireworks.", "voted Thursday evening, by 27 votes to 6, the end")]
    [InlineData("The club had signed in 2023 a similar player.", "signed in 2023 a similar player")]
    [InlineData("The region awarded this Thursday the Lleida line to a new company.", "awarded this Thursday the Lleida line")]
    [InlineData("The firm, which employs today 115 people, sells abroad.", "employs today 115")]
    [InlineData("The workshop makes each year about 180,000 knives.", "makes each year about 180,000")]
    [InlineData("The firm remains today the largest employer in the valley.", null)]
    [InlineData("The workshop makes about 180,000 knives each year and employs 115 people today.", null)]
    [InlineData("The fishermen landed last year 312 tonnes of sea bass.", "landed last year 312 tonnes")]
    [InlineData("The council will begin in January a pilot test with the vaccine.", "begin in January a pilot test")]
    [InlineData("The market, which absorbed until now almost half of its shipments, is shrinking.", "absorbed until now almost half")]
    [InlineData("A farmer found last Monday, in a barley field, the largest fragment.", "found last Monday, in a barley field, the largest fragment")]
    [InlineData("The court confirmed Thursday the conviction of the former mayor.", "confirmed Thursday the conviction")]
    [InlineData("The court confirmed Thursday the mayor would stand trial.", null)]
    [InlineData("The works began in March 2024 and ended in June.", null)]
    [InlineData("The fire was contained on Thursday 24 July after a long night.", null)]
    [InlineData("The producers of the county sell this winter the kilo of oil at 5.20 euros.", "sell this winter the kilo")]
    [InlineData("Prices fell because this year the harvest was poor.", null)]
    [InlineData("Growers say that this year the kilo sells for less.", null)]
    [InlineData("The pay this year the union won is higher.", null)]
    [InlineData("The city council will open next Monday six workshops to mend small appliances.", "open next Monday six workshops")]
    [InlineData("A brigade has restored this year forty dry-stone huts.", "restored this year forty dry-stone")]
    [InlineData("The office also received this year more unexpected objects.", "received this year more unexpected")]
    [InlineData("The museum will offer from September a course on weaving.", "offer from September a course")]
    [InlineData("The park prepares for the summer a guided route along the shore.", "prepares for the summer a guided route")]
    [InlineData("The ferry carried last year more than 40,000 passengers.", "carried last year more than 40,000 passengers")]
    [InlineData("Since last year several firms have left.", null)]
    [InlineData("The club, and last year eleven members, left the league.", null)]
    [InlineData("Tickets go on sale from September a week before the season.", null)]
    [InlineData("The museum will stay open during the summer two evenings a week.", null)]
    public void WordOrder_FindsATimeBetweenAVerbAndItsObject_ButNotBeforeAClauseOrAnotherAdverbial(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La région a attribué jeudi l'exploitation de deux lignes.", "The region has attributed Thursday the exploitation of two lines."))
            .PivotEdition("en", english).Build();

        var findings = new WordOrderDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("The port will pay a bonus during the three first years.", "three first years")]
    [InlineData("It hopes to deliver its ten first boats in 2027.", "ten first boats")]
    [InlineData("The first three years were hard.", null)]
    [InlineData("The remaining three first-time buyers left.", null)]
    [InlineData("Over the past two years, prices rose.", null)]
    public void WordOrder_FindsACountBeforeFirstOrLast(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les trois premières années.", "The three first years."))
            .PivotEdition("en", english).Build();

        var findings = new WordOrderDetector(Options).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Une route relierait autres cinq glacières de la zone.", "autres cinq")]
    [InlineData("La région apporte autres 60 000 euros.", "autres 60 000")]
    [InlineData("Une route relierait cinq autres glacières de la zone.", null)]
    [InlineData("D'autres communes suivront, dont trois en mai.", null)]
    public void WordOrder_FindsAFrenchOtherBeforeItsCount(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Una ruta uniría otras cinco neveras.", "A route would join other five wells."))
            .PivotEdition("en", "A route would link five other ice wells.")
            .Edition("fr", (french, "Pivot text."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("La bibliothèque rouvrira le prochain lundi, 14 octobre.", "prochain lundi")]
    [InlineData("La réunion a eu lieu le dernier jeudi à Paris.", "dernier jeudi")]
    [InlineData("La bibliothèque rouvrira lundi prochain, 14 octobre.", null)]
    [InlineData("Le marché se tiendra le dernier lundi de mai.", null)]
    [InlineData("Une partie des exploitations n'arrivera pas au prochain printemps.", null)]
    public void WordOrder_FindsAFrenchNextOrLastBeforeTheDayItDates(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The distillery will heat the pool from next winter.")
            .Edition("fr", (french, "The distillery will heat the pool from the next winter."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El banco quiere llegar a los urbanos huertos de la ciudad.", "urbanos huertos")]
    [InlineData("El banco quiere llegar a los huertos urbanos de la ciudad.", null)]
    [InlineData("El banco recoge cada año menos pequeños plásticos.", null)]
    public void WordOrder_FindsAnAdjectiveMovedBeforeItsNoun_ReadingSpanishDiphthongsAsCatalanVowels(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("El banc vol arribar als horts urbans de la ciutat, i cada any en recull menys plàstic petit.", "The bank wants to arrive to the urban orchards of the city."))
            .Edition("es", (spanish, "The bank wants to arrive to the urban orchards of the city."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("El problema principal de la rosassa és l'aigua.", null)]
    [InlineData("El principal problema de la rosassa és l'aigua.", null)]
    public void WordOrder_LeavesAnAdjectiveTheOriginalPutsFirstByChoice_AfterItsNoun(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El principal problema del rosetón es el agua.", "The main problem of the rose window is the water."))
            .Edition("ca", (catalan, "The main problem of the rose window is the water."))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("They fired long-range missiles in the war.")]
    [InlineData("The missiles are long-range and the attack was large-scale.")]
    [InlineData("The bay has some 300 farms, most of them family-run, on its shores.")]
    public void WordOrder_FindsNothing_WhenCompoundPrecedesNoun(string english)
    {
        var context = new ContextBuilder().Edition("fr", ("Ils ont tiré des missiles de longue portée.", "They have fired missiles of long scope.")).PivotEdition("en", english).Build();

        Assert.Empty(new WordOrderDetector(Options).Detect(context));
    }

    [Fact]
    public void NamedEntity_FindsMinoritySpelling_WhenNameWrittenTwoWays()
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Il a rencontré Kim Jong-un.", "He has met Kim Jong-one."))
            .PivotEdition("en", "He met North Korean leader Kim Jong Un in June.", "The deal between Putin and Kim Jong-un worries Seoul.", "Later, leader Kim Jong Un spoke.")
            .Build();

        var finding = Assert.Single(new NamedEntityDetector(Options).Detect(context));

        Assert.Equal(("Kim Jong-un", 1), (finding.Text, finding.Paragraph));
    }

    [Theory]
    [InlineData("De Wit lost a minute on the climb.", null)]
    [InlineData("Later, Anna De Wit lost a minute on the climb.", "Anna De Wit")]
    public void NamedEntity_TakesASurnamesParticleCapitalisedAtASentenceStart_AsTheSameSpelling(string third, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Ganó Anna de Wit.", "Won Anna de Wit."))
            .PivotEdition("en", "The stage went to Anna de Wit.", "Anna de Wit still leads the race.", third)
            .Build();

        var findings = new NamedEntityDetector(Options).Detect(context).Where(f => f.Message.Contains("elsewhere in this edition", StringComparison.Ordinal));

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Terminology_FindsAvoidedForm_WhenGlossaryHasIt()
    {
        var options = new DetectionOptions { Glossary = { new GlossaryEntry { Language = "en", Preferred = "Kyiv", Avoid = { "Kiev" } } } };
        var context = new ContextBuilder(reference: "en").PivotEdition("en", "Kiev is the capital; Kievan Rus is old.").Build();

        var finding = Assert.Single(new TerminologyDetector(options).Detect(context));

        Assert.Equal(("Kiev", 0), (finding.Text, finding.Start));
    }

    [Fact]
    public void Terminology_FindsTheAvoidedTermsPlural()
    {
        var options = new DetectionOptions { Glossary = { new GlossaryEntry { Language = "en", Preferred = "data centre", Avoid = { "data center" } } } };
        var context = new ContextBuilder(reference: "en").PivotEdition("en", "Two data centers and a data centre opened; data centerpieces are not terms.").Build();

        var finding = Assert.Single(new TerminologyDetector(options).Detect(context));

        Assert.Equal("data centers", finding.Text);
    }

    [Fact]
    public void UnbalancedPunctuation_SpansAQuotationNeverClosedToTheEndOfTheParagraph()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("«Se orienta en la oscuridad total», dijo Pujol.", "«It is oriented in the total darkness», said Pujol."))
            .Edition("ca", ("«S'orienta en la foscor total, va dir Pujol.", "«It is oriented in the total darkness, said Pujol."))
            .Build();

        var finding = Assert.Single(new UnbalancedPunctuationDetector(Options).Detect(context));

        Assert.Equal(("ca", 0), (finding.Language, finding.Start));
        Assert.EndsWith("Pujol.", finding.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("La actual directora, Rosa Ferré, presenta el programa.", null)]
    [InlineData("La sonora radio, Rosa Ferré, presenta el programa.", "sonora radio")]
    public void WordOrder_LeavesAnAdjectiveRomanceLanguagesPutBeforeTheNoun(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("La directora actual, Rosa Ferré, presenta el programa de la ràdio sonora.", "The current director, Rosa Ferré, presents the programme of the sound radio."))
            .Edition("es", (spanish, spanish))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "es").Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("El director atribuyó el resultado a las abundantes nevadas de diciembre.", null)]
    [InlineData("El director atribuyó el resultado a las invernales nevadas de diciembre.", "invernales nevadas")]
    public void WordOrder_LeavesAnAdjectiveOfQuantityPutFirstForEmphasis(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "ca")
            .Edition("ca", ("El director va atribuir el resultat a les nevades abundants de desembre i a les nevades invernals.", "The director attributed the result to the abundant snowfalls of December and to the winter snowfalls."))
            .Edition("es", (spanish, spanish))
            .Build();

        var findings = new WordOrderDetector(Options).Detect(context).Where(f => f.Language == "es").Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}

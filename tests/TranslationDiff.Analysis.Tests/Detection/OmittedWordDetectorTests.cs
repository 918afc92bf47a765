using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class OmittedWordDetectorTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void Detect_FindsLostAlso_WhenAllOtherEditionsHaveIt()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La guerre se joue désormais aussi en Orient. La Corée restera aux côtés de la Russie.", "The war plays from now also in Orient. Korea will remain to the sides of Russia."))
            .Edition("es", ("La guerra se libra ahora también en Oriente. Corea permanecerá junto a Rusia.", "The war rids now also in Orient. Korea will remain beside Russia."))
            .PivotEdition("en", "The war is now being fought in the East. Korea will stand by Russia.")
            .Build();

        var finding = Assert.Single(new OmittedWordDetector(Options).Detect(context));

        Assert.Equal(("en", "The war is now being fought in the East."), (finding.Language, finding.Text));
        Assert.Contains("“also”", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Categories.Omission, finding.Category);
    }

    [Theory]
    [InlineData("Une tourbière ne gagne qu'environ un millimètre de tourbe par an.", "A peat bog does not win that about a millimetre of peat by year.", null)]
    [InlineData("Une tourbière gagne environ un millimètre de tourbe par an.", "A peat bog wins about a millimetre of peat by year.", "only")]
    public void Detect_CountsTheEditionsOwnWordsForTheConcept_WhenItsEngineDroppedThem(string french, string pivot, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "A healthy bog gains only about a millimetre of peat a year.")
            .Edition("es", ("Una turbera sana solo gana alrededor de un milímetro de turba al año.", "A healthy bog only gains about a millimetre of peat a year."))
            .Edition("fr", (french, pivot))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“only”", StringComparison.Ordinal) ? "only" : f.Message));
    }

    [Theory]
    [InlineData("Las turberas han vuelto a absorber carbono.", "The peat bogs have turned to absorb carbon.", null)]
    [InlineData("El aeropuerto recuperará una conexión con Lyon.", "The airport will recover a connection with Lyon.", null)]
    [InlineData("Las turberas absorben carbono.", "The peat bogs absorb carbon.", "again")]
    public void Detect_CountsASpanishVerbOfRepetitionAsSayingAgain(string spanish, string pivot, string? expected)
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The peat bogs absorb carbon again, and the airport will have a connection with Lyon again.")
            .Edition("fr", ("Les tourbières absorbent à nouveau du carbone, et l'aéroport aura à nouveau une liaison avec Lyon.", "The peat bogs absorb again carbon, and the airport will have again a connection with Lyon."))
            .Edition("es", (spanish, pivot))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“again”", StringComparison.Ordinal) ? "again" : f.Message));
    }

    [Fact]
    public void Detect_FindsNothing_WhenOnlyOneOtherEditionHasTheWord()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les deux pays sont toujours en guerre.", "Both countries are still in war."))
            .Edition("es", ("Los dos países están en guerra.", "Both countries are in war."))
            .PivotEdition("en", "The two countries are at war.")
            .Build();

        Assert.Empty(new OmittedWordDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsNothing_WhenEditionUsesAnEquivalent()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Les deux pays sont toujours en guerre.", "Both countries are still in war."))
            .Edition("es", ("Los dos países siguen en guerra.", "Both countries are still in war."))
            .PivotEdition("en", "The two countries remain at war.")
            .Build();

        Assert.Empty(new OmittedWordDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_FindsLostNegation_InTranslatedEdition()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The alarm had not been triggered, and investigators believe the thieves knew the gallery.")
            .Edition("es", ("La alarma no se había activado, y los investigadores creen que los ladrones conocían la galería.", "The alarm had not activated, and the investigators believe that the thieves knew the gallery."))
            .Edition("fr", ("L'alarme s'était déclenchée, et les enquêteurs pensent que les voleurs connaissaient la galerie.", "The alarm had triggered, and the investigators think that the thieves knew the gallery."))
            .Build();

        var finding = Assert.Single(new OmittedWordDetector(Options).Detect(context));

        Assert.Equal("fr", finding.Language);
        Assert.Contains("“not”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CountsAMatchedEditionsOwnWords_WhenItsEngineGarbledThem()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le pont n'a pu rouvrir que trois voies après la crue.", "The bridge has not been able to reopen that three lanes after the flood."))
            .Edition("es", ("El puente solo pudo reabrir tres carriles tras la crecida.", "The bridge only could reopen three lanes after the flood."))
            .PivotEdition("en", "The bridge could reopen three lanes after the flood.")
            .Build();

        var finding = Assert.Single(new OmittedWordDetector(Options).Detect(context));

        Assert.Equal("en", finding.Language);
        Assert.Contains("“only”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_FindsNothing_WhenNoMatchedEditionsPivotHasTheWord()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le pont n'a pu rouvrir que trois voies après la crue.", "The bridge has not been able to reopen that three lanes after the flood."))
            .Edition("es", ("El puente solo pudo reabrir tres carriles tras la crecida.", "The bridge alone could reopen three lanes after the flood."))
            .PivotEdition("en", "The bridge could reopen three lanes after the flood.")
            .Build();

        Assert.Empty(new OmittedWordDetector(Options).Detect(context));
    }

    [Fact]
    public void Detect_ReadsTheOtherHalfOfASplitSentence()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Pour le maire Paul Roux, la fermeture est « un choix douloureux » : « si on ne ferme pas la piscine, la ville ne pourra pas payer. »", "For the mayor Paul Roux, the closure is « a painful choice » : « if one does not close the pool, the town will not be able to pay. »"))
            .Edition("es", ("Para el alcalde Paul Roux, el cierre es «una elección dolorosa»: «si no cerramos la piscina, la ciudad no podrá pagar».", "For the mayor Paul Roux, the closure is «a painful choice»: «if we do not close the pool, the town will not be able to pay»."))
            .PivotEdition("en", "The mayor, Paul Roux, calls the closure “a painful choice”. “If we don't close the pool, the town won't be able to pay,” he said.")
            .Build();

        Assert.Empty(new OmittedWordDetector(Options).Detect(context));
    }

    [Theory]
    [InlineData("The bookshop will keep its name.", false)]
    [InlineData("The bookshop was unable to change its name.", false)]
    [InlineData("The bookshop, unaware of the deadline, did change its name.", false)]
    [InlineData("The bookshop has yet to change its name.", false)]
    [InlineData("The bookshop will change its name.", true)]
    public void Detect_TakesAPositiveParaphraseOfANegationAsKeepingIt(string english, bool expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La librairie ne changera pas de nom.", "The bookshop will not change of name."))
            .Edition("ca", ("La llibreria no canviarà de nom.", "The bookshop will not change name."))
            .PivotEdition("en", english)
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context);

        Assert.Equal(expected, findings.Any(f => f.Message.Contains("“not”", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Esta vez solo cedió una derrota.", "This time only yielded a defeat.", false)]
    [InlineData("Esta vez cedió una derrota.", "This time yielded a defeat.", true)]
    public void Detect_TakesOnlyForARestrictiveNegation(string spanish, string pivot, bool expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Cette fois, elle n'a concédé qu'une défaite.", "This time, she has not conceded that a defeat."))
            .Edition("ca", ("Aquesta vegada no va cedir més que una derrota.", "This time she did not yield more than a defeat."))
            .Edition("es", (spanish, pivot))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any(f => f.Message.Contains("“not”", StringComparison.Ordinal)));
    }

    [Fact]
    public void Detect_CountsSpanishAdemasAsAlso()
    {
        var context = new ContextBuilder(reference: "en")
            .PivotEdition("en", "The council will also offer half plots to beginners.")
            .Edition("fr", ("Le conseil proposera aussi des demi-parcelles aux débutants.", "The council will propose also half plots to the beginners."))
            .Edition("es", ("El Ayuntamiento ofrecerá además medias parcelas a los principiantes.", "The City council will offer besides half plots to the beginners."))
            .Build();

        Assert.DoesNotContain(new OmittedWordDetector(Options).Detect(context), f => f.Language == "es");
    }

    [Theory]
    [InlineData("The costs are higher than ever.", null)]
    [InlineData("The costs are not higher.", null)]
    [InlineData("The costs are higher.", "not")]
    public void Detect_ReadsAComparativeNeverAsEver(string english, string? expected)
    {
        var spanish = expected is null && english.Contains("ever", StringComparison.Ordinal)
            ? ("Los costes están más altos que nunca.", "The costs are higher that never.")
            : ("Los costes no están más altos.", "The costs are not higher.");
        var catalan = expected is null && english.Contains("ever", StringComparison.Ordinal)
            ? ("Els costos estan més alts que mai.", "The costs are higher that never.")
            : ("Els costos no estan més alts.", "The costs are not higher.");
        var context = new ContextBuilder(reference: "es")
            .Edition("es", spanish)
            .Edition("ca", catalan)
            .PivotEdition("en", english)
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“not”", StringComparison.Ordinal) ? "not" : f.Message));
    }

    [Theory]
    [InlineData("La gente come roquefort de toda la vida.", "The people eats roquefort of all the life.", null)]
    [InlineData("La gente todavía come roquefort.", "The people still eats roquefort.", null)]
    public void Detect_TakesDepuisToujoursForForeverNotStill(string spanish, string pivot, string? expected)
    {
        var context = new ContextBuilder(reference: "fr")
            .Edition("fr", ("Les gens mangent du roquefort depuis toujours.", "The people eat of the roquefort from always."))
            .PivotEdition("en", "People have always eaten Roquefort.")
            .Edition("es", (spanish, pivot))
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    [Theory]
    [InlineData("Passengers have now put up with three months of delays.", null)]
    [InlineData("Passengers have put up with three months of delays.", "already")]
    public void Detect_TakesNowForAlready(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("Los usuarios suman ya tres meses de retrasos.", "The users already add three months of delays."))
            .Edition("ca", ("Els usuaris sumen ja tres mesos de retards.", "The users already add three months of delays."))
            .PivotEdition("en", english)
            .Build();

        var findings = new OmittedWordDetector(Options).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message.Contains("“already”", StringComparison.Ordinal) ? "already" : f.Message));
    }
}

using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>A negation the edition says in its own words (« nadie », « ningú », « jamais ») is not lost, whatever its engine made of it.</summary>
public class OmittedNegationTests
{
    [Theory]
    [InlineData("Cuando empezamos, nadie creía que una radio de vecinos fuera a durar un año.", false)]
    [InlineData("Cuando empezamos, todos creían que una radio de vecinos fuera a durar un año.", true)]
    public void OmittedWord_TakesTheEditionsOwnNegation(string spanish, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "When we started, nobody believed that a residents' radio station would last a year.")
            .Edition("ca", ("Quan vam començar, ningú no creia que una ràdio de veïns duraria un any.", "When we began, nobody did not believe that a radio of neighbours would last a year."))
            .Edition("es", (spanish, "When we began, people believed that a radio of neighbours was going to last a year."))
            .Build();

        var findings = new OmittedWordDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "es");

        Assert.Equal(expected, findings.Any());
    }
}

/// <summary>A negation the engine left untranslated in another edition's pivot (« The museum no descarta organise ») still counts as said there.</summary>
public class UntranslatedNegationTests
{
    [Theory]
    [InlineData("The museum rules out organising a new search campaign in summer.", true)]
    [InlineData("The museum does not rule out organising a new search campaign in summer.", false)]
    public void OmittedWord_TakesANegationBeforeAnUnknownVerb(string english, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El museo no descarta organizar una nueva campaña de búsqueda en verano.", "The museum no descarta organise a new campaign of search in summer."))
            .Edition("ca", ("El museu no descarta organitzar una nova campanya de recerca a l'estiu.", "The museum does not dismiss to organise a new campaign of search in the summer."))
            .PivotEdition("en", english)
            .Build();
        context.Editions[0].Paragraphs[0].UnknownWords = ["descarta"];

        var findings = new OmittedWordDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "en");

        Assert.Equal(expected, findings.Any());
    }
}

/// <summary>A negation or an "only" a careful translation says in other words is not lost.</summary>
public class NegationSaidOtherwiseTests
{
    [Theory]
    [InlineData("Les organisations agricoles jugent cette hausse insuffisante pour compenser la baisse de la récolte.", false)]
    [InlineData("Les organisations agricoles jugent cette hausse suffisante pour compenser la baisse de la récolte.", true)]
    public void OmittedWord_TakesANegationCarriedByAWord(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Las organisaciones agrarias consideran que la subida no basta para compensar la caída de la cosecha.", "The agrarian organisations consider that the rise does not suffice to compensate the fall of the harvest."))
            .PivotEdition("en", "Farming organisations say the rise is not enough to make up for the smaller harvest.")
            .Edition("fr", (french, "The agricultural organisations judge this rise insufficient to compensate the fall of the harvest."))
            .Build();

        var findings = new OmittedWordDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("La victòria corona una temporada per a un equip que es va formar tot just el 2023.", false)]
    [InlineData("La victòria corona una temporada per a un equip que es va formar el 2023.", true)]
    public void OmittedWord_TakesOnlySaidOtherwise(string catalan, bool expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "The win crowns a season for a team that only formed in 2023.")
            .Edition("fr", ("La victoire couronne une saison pour une équipe qui ne s'est formée qu'en 2023.", "The victory crowns a season for a team that only formed in 2023."))
            .Edition("ca", (catalan, "The victory crowns a season for a team that formed in 2023."))
            .Build();

        var findings = new OmittedWordDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca");

        Assert.Equal(expected, findings.Any());
    }

    [Theory]
    [InlineData("Maintenant, on n'entend plus que l'eau, dit la passeuse.", false)]
    [InlineData("Maintenant, on entend l'eau, dit la passeuse.", true)]
    public void OmittedWord_TakesNePlusQueForOnly(string french, bool expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("Ara només se sent l'aigua, diu la barquera.", "Now only the water is heard, says the boatwoman."))
            .Edition("es", ("Ahora solo se oye el agua, dice la barquera.", "Now only the water is heard, says the boatwoman."))
            .Edition("fr", (french, "Now, one no longer hears more than the water, says the ferrywoman."))
            .Build();

        var findings = new OmittedWordDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected, findings.Any());
    }
}

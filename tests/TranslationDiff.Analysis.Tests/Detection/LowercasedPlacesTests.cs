using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>A place the engine did not know, written in lower case, where the others give it a capital under their own name for it.</summary>
public class LowercasedPlacesTests
{
    [Theory]
    [InlineData("Certains bénévoles sont venus du pays de galles et d'Irlande.", "galles", "galles")]
    [InlineData("Certains bénévoles sont venus du pays de Galles et d'Irlande.", "Galles", null)]
    public void LowercasedName_FindsAPlaceTheOthersNameInTheirOwnLanguage(string french, string unknown, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Some volunteers travelled from Wales and Ireland.")
            .Edition("es", ("Algunos voluntarios llegaron desde Gales e Irlanda.", "Some volunteers arrived from Wales and Ireland."))
            .Edition("fr", (french, "Some volunteers have come of the country of " + unknown + " and of Ireland."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = [unknown];

        var findings = new LowercasedNameDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void LowercasedName_LeavesAWordMadeFromAPlace_ThatIsNoFormOfItsName()
    {
        // « tolosà » (of Toulouse) folds like « Tolosa », the Catalan name of Toulouse, but is a word of its own.
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Le club de Toulouse a gagné dimanche.", "The club of Toulouse won on Sunday."))
            .PivotEdition("en", "The Toulouse club won on Sunday.")
            .Edition("ca", ("El club tolosà va guanyar diumenge.", "The club tolosà won Sunday."))
            .Build();
        context.Editions[2].Paragraphs[0].UnknownWords = ["tolosà"];

        Assert.DoesNotContain(new LowercasedNameDetector(new DetectionOptions()).Detect(context), f => f.Language == "ca");
    }
}

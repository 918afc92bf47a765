using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class UnknownWordMarkersTests
{
    [Fact]
    public void Strip_CollectsStarredWordsInOrder_AndRemovesTheStars()
    {
        var (text, unknown) = UnknownWordMarkers.Strip("The inhabitants of *Kharkiv and *Zaporijjia wait.");

        Assert.Equal("The inhabitants of Kharkiv and Zaporijjia wait.", text);
        Assert.Equal(["Kharkiv", "Zaporijjia"], unknown);
    }

    [Fact]
    public void Strip_KeepsWordsJoinedByHyphensOrApostrophes_AndStopsAtAMarkedPart()
    {
        var (text, unknown) = UnknownWordMarkers.Strip("*COVID-19 *d'euros *xyzzy-*blorf *ujourd’*hui.");

        Assert.Equal("COVID-19 d'euros xyzzy-blorf ujourd’hui.", text);
        Assert.Equal(["COVID-19", "d'euros", "xyzzy", "blorf", "ujourd", "hui"], unknown);
    }

    [Fact]
    public void Strip_TreatsAtMarksAsUntranslated_AndHashMarksAsGenerationErrorsOnly()
    {
        var (text, unknown) = UnknownWordMarkers.Strip("the @casa is #grand and *zzq");

        Assert.Equal("the casa is grand and zzq", text);
        Assert.Equal(["casa", "zzq"], unknown);
    }

    [Fact]
    public void Strip_HandlesRunsOfMarks_AndAccentedOrNonLatinWords()
    {
        var (text, unknown) = UnknownWordMarkers.Strip("**zzqé and *Київ.");

        Assert.Equal("zzqé and Київ.", text);
        Assert.Equal(["zzqé", "Київ"], unknown);
    }

    [Fact]
    public void Strip_ReturnsTextUnchanged_WhenThereAreNoMarks()
    {
        var (text, unknown) = UnknownWordMarkers.Strip("Nothing to see: 3,5 % «ici».");

        Assert.Equal("Nothing to see: 3,5 % «ici».", text);
        Assert.Empty(unknown);
    }

    [Fact]
    public void ProtectLiterals_HidesSourceMarks_SoOnlyEngineMarksAreStripped()
    {
        var engineOutput = UnknownWordMarkers.ProtectLiterals("#MeToo, jean@exemple.fr, 5*3 and ") + "*Zorglub";

        var (text, unknown) = UnknownWordMarkers.Strip(engineOutput);

        Assert.Equal("#MeToo, jean@exemple.fr, 5*3 and Zorglub", UnknownWordMarkers.RestoreLiterals(text));
        Assert.Equal(["Zorglub"], unknown);
    }

    [Fact]
    public void Strip_IgnoresMarkCharactersInsideATokenInTheSource()
    {
        var protectedText = UnknownWordMarkers.ProtectLiterals("jean@exemple.fr, 5*3, C# et @Macron");

        Assert.Contains("jean@exemple.fr, 5*3, C#", protectedText, StringComparison.Ordinal);
        Assert.DoesNotContain("@Macron", protectedText, StringComparison.Ordinal);

        var (text, unknown) = UnknownWordMarkers.Strip(protectedText.Replace("Macron", "*Macron", StringComparison.Ordinal));

        Assert.Equal("jean@exemple.fr, 5*3, C# et @Macron", UnknownWordMarkers.RestoreLiterals(text));
        Assert.Equal(["Macron"], unknown);
    }
}

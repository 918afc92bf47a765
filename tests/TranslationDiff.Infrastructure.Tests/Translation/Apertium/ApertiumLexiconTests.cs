using Microsoft.Extensions.Logging.Abstractions;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>
/// Against the real analysers of the Debian packages (apertium-eng-spa gives the English dictionary); word lists are
/// written by each test, but for the one test of the default lists (Debian's wamerican-large and wbritish-large,
/// installed by setup.sh).
/// </summary>
public sealed class ApertiumLexiconTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lexicon-").FullName;

    [Fact]
    public async Task FindUnknownWordsAsync_ReturnsWordsTheDictionaryLacks_OneListPerText()
    {
        var lexicon = Lexicon();

        var unknown = await lexicon.FindUnknownWordsAsync(
            "en",
            ["The concejal of Mobility said the trams were late.", "Nothing unusual here.", "The ayuntamiento met; the concejal left."],
            CancellationToken.None);

        Assert.NotNull(unknown);
        Assert.Equal(3, unknown.Count);
        Assert.Equal(["concejal"], unknown[0]);
        Assert.Empty(unknown[1]);
        Assert.Equal(["ayuntamiento", "concejal"], unknown[2]);
    }

    [Fact]
    public async Task FindUnknownWordsAsync_KeepsTextsApart_WhenTheyHoldTheStreamFormatsReservedCharacters()
    {
        var unknown = await Lexicon().FindUnknownWordsAsync(
            "en", ["Prices rose [sic] by 5 % ^ 2 $ {see} <b>bold</b> a/b @home *star # one \\ two", "A concejal spoke."], CancellationToken.None);

        Assert.NotNull(unknown);
        Assert.Equal(2, unknown.Count);
        Assert.Equal(["concejal"], unknown[1]);
    }

    [Fact]
    public async Task FindUnknownWordsAsync_LeavesOutWordsOfTheWordList_WhenTheAnalyserLacksThem()
    {
        var unknown = await Lexicon("Munitions\nmassif\n").FindUnknownWordsAsync("en", ["The munitions depot in the massif and the concejal."], CancellationToken.None);

        Assert.NotNull(unknown);
        Assert.Equal(["concejal"], unknown[0]);
    }

    [Fact]
    public async Task FindUnknownWordsAsync_KnowsEnglishLoanwords_WithTheDefaultDebianWordLists()
    {
        var lexicon = new ApertiumLexicon(ApertiumTestSetup.Options(), TimeProvider.System, NullLogger<ApertiumLexicon>.Instance);

        var unknown = await lexicon.FindUnknownWordsAsync("en", ["A rapprochement on munitions in the massif, said the concejal."], CancellationToken.None);

        Assert.NotNull(unknown);
        Assert.Equal(["concejal"], unknown[0]);
    }

    [Fact]
    public async Task FindUnknownWordsAsync_UsesTheAnalysersAlone_WhenNoWordListOfTheLanguageIsPresent()
    {
        var lexicon = new ApertiumLexicon(
            ApertiumTestSetup.Options(configureTranslation: o => o.WordLists["en"] = Path.Combine(_folder, "absent.txt")),
            TimeProvider.System, NullLogger<ApertiumLexicon>.Instance);

        var unknown = await lexicon.FindUnknownWordsAsync("en", ["The concejal spoke."], CancellationToken.None);

        Assert.NotNull(unknown);
        Assert.Equal(["concejal"], unknown[0]);
    }

    [Fact]
    public async Task FindUnknownWordsAsync_KnowsAWordThatOnlyOneOfTheLanguagesAnalysersHas()
    {
        // « olivar » is in the Catalan analyser of the Spanish–Catalan pair only, not in those of the English and French pairs.
        var lexicon = new ApertiumLexicon(ApertiumTestSetup.Options(), TimeProvider.System, NullLogger<ApertiumLexicon>.Instance);

        var unknown = await lexicon.FindUnknownWordsAsync("ca", ["L'olivar del poble", "El concejal va parlar"], CancellationToken.None);

        Assert.NotNull(unknown);
        Assert.Empty(unknown[0]);
        Assert.Equal(["concejal"], unknown[1]);
    }

    [Fact]
    public async Task FindUnknownWordsAsync_ReturnsNull_WhenNoAnalyserServesTheLanguage()
    {
        var lexicon = new ApertiumLexicon(
            ApertiumTestSetup.Options(configureTranslation: o => o.WordLists["ja"] = WordList("テスト\n")), TimeProvider.System, NullLogger<ApertiumLexicon>.Instance);

        Assert.Null(await lexicon.FindUnknownWordsAsync("ja", ["テスト"], CancellationToken.None));
    }

    [Fact]
    public async Task FindUnknownWordsAsync_ReturnsNull_WhenTheModesDirectoryIsMissing()
    {
        var lexicon = new ApertiumLexicon(
            ApertiumTestSetup.Options(o => o.ModesDirectory = Path.Combine(_folder, "no-such-modes"), o => o.WordLists["en"] = WordList("said\n")),
            TimeProvider.System, NullLogger<ApertiumLexicon>.Instance);

        Assert.Null(await lexicon.FindUnknownWordsAsync("en", ["The concejal spoke."], CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ApertiumLexicon Lexicon(string words = "said\n") =>
        new(ApertiumTestSetup.Options(configureTranslation: o => o.WordLists["en"] = WordList(words)), TimeProvider.System, NullLogger<ApertiumLexicon>.Instance);

    private string WordList(string words)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, words);
        return path;
    }
}

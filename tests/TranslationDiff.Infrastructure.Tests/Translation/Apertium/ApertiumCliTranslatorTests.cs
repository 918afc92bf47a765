using System.Globalization;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>Against the real engine: needs the Debian packages apertium, apertium-fr-es, apertium-eng-spa, apertium-fra-cat, apertium-eng-cat.</summary>
public class ApertiumCliTranslatorTests
{
    [Fact]
    public async Task TranslateAsync_RoutesFrenchThroughSpanish_WhenNoDirectPairToEnglish()
    {
        var translator = ApertiumTestSetup.Cli();

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "en", ["La guerre a commencé il y a deux ans."]), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal("apertium:fr>es>en", result.Route);
        Assert.Contains("war", result.Texts[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_RoutesThroughCatalan_WhenCatalanIsPreferred()
    {
        var translator = ApertiumTestSetup.Cli(o => o.PreferredIntermediates = "ca,es");

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "en", ["La guerre est finie."]), CancellationToken.None);

        Assert.Equal("apertium:fr>ca>en", result.Route);
        Assert.Contains("war", result.Texts[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AsSecondRoute_TranslatesByAnotherRoute_ForASecondOpinion()
    {
        var second = ApertiumTestSetup.Cli().AsSecondRoute();

        var french = await second.TranslateAsync(new TranslationRequest("fr", "en", ["La guerre est finie."]), CancellationToken.None);
        var spanish = await second.TranslateAsync(new TranslationRequest("es", "en", ["La guerra ha terminado."]), CancellationToken.None);

        Assert.Equal("apertium:fr>ca>en", french.Route);
        Assert.Contains("war", french.Texts[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(spanish.Succeeded, spanish.Problem?.ToString());
        Assert.Equal("apertium:es>ca>en", spanish.Route);
    }

    [Fact]
    public async Task AsSecondRoute_SaysWhichPackageWouldGiveOne_WhenOnlyOneRouteIsInstalled()
    {
        var second = ApertiumTestSetup.Cli(o => o.MaxHops = 1).AsSecondRoute();

        var result = await second.TranslateAsync(new TranslationRequest("es", "en", ["La guerra ha terminado."]), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("only one route from es to en (es>en)", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.EngineCalls);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    [InlineData("ca")]
    public async Task TranslateAsync_ReturnsEveryParagraphInOrder_WhenTheyCouldConfuseTheSeparator(string target)
    {
        var translator = ApertiumTestSetup.Cli();
        var texts = FrenchSamples.Tricky;

        var result = await translator.TranslateAsync(new TranslationRequest("fr", target, texts), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(texts.Length, result.Texts.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                Assert.Equal(string.Empty, result.Texts[i].Text);
            }
            else
            {
                Assert.Contains(FrenchSamples.Tag(i).ToString(CultureInfo.InvariantCulture), result.Texts[i].Text, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', result.Texts[i].Text);
                Assert.DoesNotContain(result.Texts[i].Text, c => c is >= '\uE000' and <= '\uE003');
            }
        }
    }

    [Fact]
    public async Task TranslateAsync_KeepsHashtagsAddressesAndStars_FromTheSource()
    {
        var translator = ApertiumTestSetup.Cli();

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "en", ["Le mouvement #MeToo, jean@exemple.fr et 5*3."]), CancellationToken.None);

        var text = result.Texts[0].Text;
        Assert.Contains("#MeToo", text, StringComparison.Ordinal);
        Assert.Contains("jean@exemple.fr", text, StringComparison.Ordinal);
        Assert.Contains("5*3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_CollectsUnknownWordsOnceAcrossHops_AndRemovesTheirMarks()
    {
        var translator = ApertiumTestSetup.Cli();

        var result = await translator.TranslateAsync(
            new TranslationRequest("fr", "en", ["La guerre", "Les habitants de Kharkiv ont vu le zorglubien."]),
            CancellationToken.None);

        var translated = result.Texts[1];
        Assert.Empty(result.Texts[0].UnknownWords);
        Assert.Equal(["Kharkiv", "zorglubien"], translated.UnknownWords);
        Assert.Contains("Kharkiv", translated.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('*', translated.Text);
    }

    [Fact]
    public async Task TranslateAsync_StartsOneProcessPerHop_ForAWholeEdition()
    {
        using var scratch = new ScratchDirectory();
        var (binary, log) = scratch.CountingApertium();
        var translator = ApertiumTestSetup.Cli(o => o.BinaryPath = binary);
        var edition = FrenchSamples.Edition(60);

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "en", edition), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal(60, result.Texts.Count);
        var starts = ScratchDirectory.Starts(log);
        Assert.Equal(["fr-es", "spa-eng"], starts.Select(s => s.Split(' ')[^1]));
        Assert.Equal(starts.Length, result.EngineCalls);
        Assert.Equal(File.ReadAllText(scratch.InputLog).Length, result.CharactersSent);
    }

    [Fact]
    public async Task TranslateAsync_UsesConfiguredVariantMode()
    {
        using var scratch = new ScratchDirectory();
        var (binary, log) = scratch.CountingApertium();
        var translator = ApertiumTestSetup.Cli(o => { o.BinaryPath = binary; o.Variants = "spa-eng_US"; });

        var result = await translator.TranslateAsync(new TranslationRequest("es", "en", ["La guerra ha terminado."]), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        Assert.Equal("spa-eng_US", ScratchDirectory.Starts(log).Single().Split(' ')[^1]);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsUnsupportedPair_ListingInstalledPairs_WhenNoRouteExists()
    {
        var translator = ApertiumTestSetup.Cli();

        var result = await translator.TranslateAsync(new TranslationRequest("ko", "en", ["안녕하세요"]), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("translate.unsupported-pair", result.Problem!.Code);
        Assert.Equal("ko>en", result.Problem.Subject);
        Assert.Contains("fr>es (fr-es)", result.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("es>en (spa-eng)", result.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("apt-cache search apertium-", result.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_NamesThePackageToInstall_WhenDebianHasOne()
    {
        var translator = ApertiumTestSetup.Cli();

        var result = await translator.TranslateAsync(new TranslationRequest("eu", "en", ["Kaixo"]), CancellationToken.None);

        Assert.Equal("translate.unsupported-pair", result.Problem!.Code);
        Assert.Contains("sudo apt-get install apertium-eu-en", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsTextsUnchangedWithoutAProcess_WhenLanguagesAreTheSame()
    {
        using var scratch = new ScratchDirectory();
        var (binary, log) = scratch.CountingApertium();
        var translator = ApertiumTestSetup.Cli(o => o.BinaryPath = binary);

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "fr-CA", ["La *guerre*", ""]), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["La *guerre*", ""], result.Texts.Select(t => t.Text));
        Assert.Equal("identity", result.Route);
        Assert.Empty(ScratchDirectory.Starts(log));
    }

    [Fact]
    public async Task TranslateAsync_StartsNoProcess_WhenEveryTextIsEmpty()
    {
        using var scratch = new ScratchDirectory();
        var (binary, log) = scratch.CountingApertium();
        var translator = ApertiumTestSetup.Cli(o => o.BinaryPath = binary);

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "en", ["", " ", "\n"]), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["", "", ""], result.Texts.Select(t => t.Text));
        Assert.Equal("apertium:fr>es>en", result.Route);
        Assert.Equal(0, result.EngineCalls);
        Assert.Empty(ScratchDirectory.Starts(log));
    }

    [Fact]
    public async Task GetPairsAsync_ListsDirectAndRoutedPairs_WithoutVariants()
    {
        var pairs = (await ApertiumTestSetup.Cli().GetPairsAsync(CancellationToken.None)).Select(p => p.ToString()).ToList();

        Assert.Contains("fr>es", pairs);
        Assert.Contains("fr>es>en", pairs);
        Assert.Contains("en>es>fr", pairs);
        Assert.DoesNotContain(pairs, p => p.Contains('_', StringComparison.Ordinal) || p.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_ReportsUsable_WithTheProgramAndModes()
    {
        var availability = await ApertiumTestSetup.Cli().CheckAsync(CancellationToken.None);

        Assert.True(availability.Usable, availability.Detail);
        Assert.Contains(ApertiumTestSetup.ModesDirectory, availability.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEngineUnavailable_WithTheInstallCommand_WhenTheProgramIsMissing()
    {
        var translator = ApertiumTestSetup.Cli(o => o.BinaryPath = "/nonexistent/bin/apertium");

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "es", ["La guerre"]), CancellationToken.None);

        Assert.Equal("translate.engine-unavailable", result.Problem!.Code);
        Assert.Contains("sudo apt-get install apertium apertium-fr-es", result.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("Translation:Apertium:BinaryPath", result.Problem.Message, StringComparison.Ordinal);
        Assert.False((await translator.CheckAsync(CancellationToken.None)).Usable);
        Assert.Empty(await translator.GetPairsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEngineFailed_WithExitCodeAndMessage_WhenTheProcessFails()
    {
        using var scratch = new ScratchDirectory();
        var failing = scratch.Script("apertium", "echo 'Error: Mode fr-es does not exist.' >&2\nexit 1");
        var translator = ApertiumTestSetup.Cli(o => { o.BinaryPath = failing; o.ModesDirectory = scratch.Modes("fr-es"); });

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "es", ["La guerre"]), CancellationToken.None);

        Assert.Equal("translate.engine-failed", result.Problem!.Code);
        Assert.Contains("exit code 1", result.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("Mode fr-es does not exist", result.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.EngineCalls);
    }

    [Fact]
    public async Task TranslateAsync_ReturnsEngineTimeout_WhenTheProcessOverrunsTheConfiguredTime()
    {
        using var scratch = new ScratchDirectory();
        var hanging = scratch.Script("apertium", "exec sleep 300");
        var translator = ApertiumTestSetup.Cli(o =>
        {
            o.BinaryPath = hanging;
            o.ModesDirectory = scratch.Modes("fr-es");
            o.Timeout = TimeSpan.FromMilliseconds(300);
        });

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "es", ["La guerre"]), CancellationToken.None);

        Assert.Equal("translate.engine-timeout", result.Problem!.Code);
        Assert.Contains("Translation:Apertium:Timeout", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_PassesTheDataDirectoryAndTextFormat_ToTheProgram()
    {
        using var scratch = new ScratchDirectory();
        var argsFile = Path.Combine(scratch.Path, "args");
        var echo = scratch.Script("apertium", $"echo \"$@\" > '{argsFile}'\nexec cat");
        var modes = scratch.Modes("fr-es");
        var translator = ApertiumTestSetup.Cli(o => { o.BinaryPath = echo; o.ModesDirectory = modes; });

        var result = await translator.TranslateAsync(new TranslationRequest("fr", "es", ["Bonjour", "", "Au revoir"]), CancellationToken.None);

        Assert.Equal(["Bonjour", "", "Au revoir"], result.Texts.Select(t => t.Text));
        Assert.Equal($"-d {Path.GetDirectoryName(modes)} -f txt fr-es", File.ReadAllText(argsFile).Trim());
    }
}

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class ApertiumVersionTests
{
    [Fact]
    public async Task GetVersionAsync_NamesEveryHopOfTheRoute_WithItsModeFileDate()
    {
        var version = await ApertiumTestSetup.Cli().GetVersionAsync("fr", "en", CancellationToken.None);

        Assert.StartsWith("apertium-cli-1;", version, StringComparison.Ordinal);
        Assert.Matches(@";fr-es@\d{14};spa-eng@\d{14}$", version);
    }

    [Fact]
    public async Task GetVersionAsync_DiffersBetweenDirections()
    {
        var cli = ApertiumTestSetup.Cli();

        Assert.NotEqual(
            await cli.GetVersionAsync("es", "en", CancellationToken.None),
            await cli.GetVersionAsync("en", "es", CancellationToken.None));
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Cli.Commands;
using TranslationDiff.Infrastructure;

namespace TranslationDiff.Cli.Tests.Commands;

/// <summary>Uses the real Apertium install (Debian packages apertium, apertium-fr-es, apertium-eng-spa, ...).</summary>
public class TranslatorsCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddTranslationDiffInfrastructure(configuration).BuildServiceProvider();
        await using var output = new StringWriter();
        var exitCode = await TranslatorsCommand.RunAsync(services, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task RunAsync_ListsEveryEngine_WithUsabilityAndPairs()
    {
        var (exitCode, output) = await RunAsync([]);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("apertium [default]: usable", output, StringComparison.Ordinal);
        Assert.Contains("Second opinion (Translation:SecondOpinion): apertium, by another route", output, StringComparison.Ordinal);
        var pairs = output.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("fr>es", pairs);
        Assert.True(pairs.Contains("fr>es>en"), output);
        Assert.Contains("apertium-apy: NOT usable", output, StringComparison.Ordinal);
        Assert.Contains("Translation:Apertium:ApyUrl", output, StringComparison.Ordinal);
        Assert.Contains("none: usable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReportsTheMissingProgram_AndStillExitsZero()
    {
        var (exitCode, output) = await RunAsync(new() { ["Translation:Apertium:BinaryPath"] = "/nonexistent/apertium" });

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("apertium [default]: NOT usable", output, StringComparison.Ordinal);
        Assert.Contains("apt-get install apertium", output, StringComparison.Ordinal);
    }
}

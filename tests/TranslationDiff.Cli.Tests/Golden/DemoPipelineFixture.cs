using Microsoft.Extensions.DependencyInjection;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Sets;

namespace TranslationDiff.Cli.Tests.Golden;

/// <summary>Runs the demo comparison once for all the golden tests, wired as the CLI wires it.</summary>
#pragma warning disable CA1001 // The host is disposed in IAsyncLifetime.DisposeAsync, which xunit calls.
public sealed class DemoPipelineFixture : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly CliHost _host = new();

    public ComparisonReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Through the real engine every time: the translation memory would answer a second test run itself.
        _host.Overrides["Translation:Memory:Enabled"] = "false";
        var (set, problem) = _host.Services.GetRequiredService<IArticleSetLoader>()
            .Load(Path.Combine(CliRunner.RepositoryRoot(), "seeds", "korea-russia"));
        Assert.True(set is not null, problem?.ToString());
        var request = new ComparisonRequest
        {
            Name = set.Name,
            Editions = set.Editions.Select(e => new EditionInput(e.Language, e.Path)).ToList(),
            PivotLanguage = set.Pivot,
            OriginalLanguage = set.Original,
            Translator = "apertium",
        };
        var outcome = await _host.Services.GetRequiredService<ComparisonPipeline>().RunAsync(request, null, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        Report = outcome.Report!;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

using TranslationDiff.Infrastructure.Translation.Azure;
using TranslationDiff.TestKit.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class CharacterBudgetTests
{
    [Fact]
    public async Task AcquireAsync_DoesNotWait_WhenUnlimited()
    {
        var clock = new SteppingTimeProvider();
        using var budget = new CharacterBudget(clock);

        var waited = await budget.AcquireAsync(1_000_000, charactersPerMinute: 0, CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, waited);
    }

    [Fact]
    public async Task AcquireAsync_LetsAFullMinuteThrough_ThenPaces()
    {
        var clock = new SteppingTimeProvider();
        using var budget = new CharacterBudget(clock);

        var first = await clock.RunAsync(budget.AcquireAsync(600, 600, CancellationToken.None));
        var second = await clock.RunAsync(budget.AcquireAsync(300, 600, CancellationToken.None));
        var third = await clock.RunAsync(budget.AcquireAsync(600, 600, CancellationToken.None));

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromSeconds(30), second);
        Assert.Equal(TimeSpan.FromSeconds(60), third);
    }

    [Fact]
    public async Task AcquireAsync_Refills_WhileTimePasses()
    {
        var clock = new SteppingTimeProvider();
        using var budget = new CharacterBudget(clock);
        await budget.AcquireAsync(600, 600, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(45));
        var waited = await clock.RunAsync(budget.AcquireAsync(600, 600, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(15), waited);
    }

    [Fact]
    public async Task AcquireAsync_KeepsTheAverageRate_WhenARequestIsLargerThanTheBucket()
    {
        var clock = new SteppingTimeProvider();
        using var budget = new CharacterBudget(clock);

        await clock.RunAsync(budget.AcquireAsync(1_800, 600, CancellationToken.None));
        var next = await clock.RunAsync(budget.AcquireAsync(600, 600, CancellationToken.None));

        Assert.Equal(TimeSpan.FromMinutes(3), next);
    }

    [Fact]
    public async Task TranslateAsync_SpreadsRequestsOverTime_WhenABudgetIsSet()
    {
        var settings = new Dictionary<string, string?> { ["CharactersPerMinute"] = "600", ["MaxCharactersPerRequest"] = "600" };
        await using var azure = await AzureHarness.StartAsync(settings);
        var texts = Enumerable.Range(0, 3).Select(i => new string((char)('a' + i), 599) + ".").ToArray();

        var result = await azure.TranslateAsync("fr", "en", texts);

        Assert.True(result.Succeeded, result.Problem?.ToString());
        var arrivals = azure.Server.TranslateRequests.Select(r => r.ReceivedAt).ToList();
        Assert.Equal(3, arrivals.Count);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromMinutes(1));
        Assert.True(arrivals[2] - arrivals[1] >= TimeSpan.FromMinutes(1));
    }
}

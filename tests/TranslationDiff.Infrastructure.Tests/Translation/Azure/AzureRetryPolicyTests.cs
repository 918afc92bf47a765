using Microsoft.Extensions.Logging.Abstractions;
using TranslationDiff.Infrastructure.Translation.Azure;
using TranslationDiff.TestKit.Azure;

namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

public sealed class AzureRetryPolicyTests
{
    private static readonly AzureTranslatorOptions Options = new() { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(3, 0.0, 2000)]
    [InlineData(3, 1.0, 4000)]
    [InlineData(8, 1.0, 10000)]
    public void Delay_DoublesWithJitter_UpToMaxDelay(int attempt, double jitter, int expectedMs)
    {
        var policy = new AzureRetryPolicy(new SteppingTimeProvider(), NullLogger.Instance, () => jitter);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), policy.Delay(attempt, null, Options));
    }

    [Fact]
    public void Delay_IsNeverShorterThanRetryAfter()
    {
        var policy = new AzureRetryPolicy(new SteppingTimeProvider(), NullLogger.Instance, () => 1.0);

        Assert.Equal(TimeSpan.FromSeconds(7), policy.Delay(1, TimeSpan.FromSeconds(7), Options));
        Assert.Equal(TimeSpan.FromSeconds(4), policy.Delay(3, TimeSpan.FromSeconds(1), Options));
    }
}

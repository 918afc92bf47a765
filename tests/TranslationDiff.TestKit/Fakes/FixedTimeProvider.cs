namespace TranslationDiff.TestKit.Fakes;

/// <summary>A clock stopped at one instant (1 November 2024, noon UTC, unless told otherwise).</summary>
public sealed class FixedTimeProvider(DateTimeOffset? now = null) : TimeProvider
{
    private readonly DateTimeOffset _now = now ?? new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;
}

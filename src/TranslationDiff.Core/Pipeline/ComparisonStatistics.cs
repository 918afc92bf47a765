namespace TranslationDiff.Core.Pipeline;

/// <summary>What a run cost: engine calls and characters sent, and time per stage (milliseconds).</summary>
public sealed class ComparisonStatistics
{
    public int EngineCalls { get; set; }

    public long CharactersSent { get; set; }

    public Dictionary<string, long> StageMilliseconds { get; } = new(StringComparer.Ordinal);
}

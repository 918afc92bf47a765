namespace TranslationDiff.Core.Pipeline;

/// <summary>Where a running comparison is: stage, edition (when the stage is per edition), steps done.</summary>
public sealed record PipelineProgress(string Comparison, string Stage, string? Language, int Done, int Total);

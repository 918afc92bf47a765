namespace TranslationDiff.Core.Storage;

/// <summary>Where a run of a comparison stands.</summary>
public enum ComparisonRunStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
}

using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Pipeline;

/// <summary>A report, or the problems that stopped the comparison before one could be made.</summary>
public sealed record ComparisonOutcome(ComparisonReport? Report, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Report is not null;
}

using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>Findings after review: those to show, how many were dismissed earlier, and any problem met.</summary>
public sealed record ReviewedFindings(IReadOnlyList<Finding> Findings, int Dismissed, IReadOnlyList<Problem> Problems);

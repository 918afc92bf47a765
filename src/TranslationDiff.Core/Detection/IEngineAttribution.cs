using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>
/// Puts findings down to the edition or to the engine by comparing the checks' findings on two translations:
/// the primary pivot texts and a second route's.
/// </summary>
public interface IEngineAttribution
{
    /// <summary>The primary findings, each attributed (and engine artifacts lowered) by what the second run found.</summary>
    IReadOnlyList<Finding> Attribute(IReadOnlyList<Finding> primary, IReadOnlyList<Finding> secondary, string secondaryRoute);
}

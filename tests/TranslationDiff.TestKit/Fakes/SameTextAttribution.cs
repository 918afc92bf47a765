using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>
/// Attribution for tests of Core: a primary finding the second run also raised (same check, edition, paragraph and
/// text) is the edition's, any other the engine's.
/// </summary>
public sealed class SameTextAttribution : IEngineAttribution
{
    public IReadOnlyList<Finding> Attribute(IReadOnlyList<Finding> primary, IReadOnlyList<Finding> secondary, string secondaryRoute)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        foreach (var f in primary)
        {
            var shared = secondary.Any(s => s.Check == f.Check && s.Language == f.Language && s.Paragraph == f.Paragraph && s.Text == f.Text);
            f.Attribution = shared ? FindingAttribution.Edition : FindingAttribution.Engine;
        }

        return primary;
    }
}

using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.TestKit.Fakes;

/// <summary>A check that always fails, to test that the aggregator isolates it.</summary>
public sealed class ThrowingDetector : IArtifactDetector
{
    public string Id => "throws";

    public IEnumerable<Finding> Detect(DetectionContext context) =>
        throw new InvalidOperationException("boom");
}

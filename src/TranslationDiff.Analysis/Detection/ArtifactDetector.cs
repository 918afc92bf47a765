using TranslationDiff.Core.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Detection;

/// <summary>Base of the checks: skips a check the options disable and materialises its findings.</summary>
internal abstract class ArtifactDetector(DetectionOptions options) : IArtifactDetector
{
    protected DetectionOptions Options { get; } = options;

    public abstract string Id { get; }

    public IEnumerable<Finding> Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Options.IsEnabled(Id) ? Find(context).ToList() : [];
    }

    protected abstract IEnumerable<Finding> Find(DetectionContext context);
}

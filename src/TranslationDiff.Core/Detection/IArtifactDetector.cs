using TranslationDiff.Core.Model;

namespace TranslationDiff.Core.Detection;

/// <summary>One check of the catalogue. Pure: reads the context, returns findings.</summary>
public interface IArtifactDetector
{
    /// <summary>Stable check id, as stored on findings ("numbers", "glued-words", ...).</summary>
    string Id { get; }

    IEnumerable<Finding> Detect(DetectionContext context);
}

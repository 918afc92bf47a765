using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.Core.Reporting;

/// <summary>Writes a comparison report in one format ("json", "md", "html").</summary>
public interface IReportWriter
{
    string Format { get; }

    /// <summary>File extension without the dot.</summary>
    string Extension { get; }

    Task WriteAsync(ComparisonReport report, Stream output, CancellationToken cancellationToken);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Reporting;

namespace TranslationDiff.Infrastructure.Reporting;

/// <summary>The JSON report (schema in README.md): camelCase, indented, UTF-8 without escaping non-ASCII text.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string Extension => "json";

    public Task WriteAsync(ComparisonReport report, Stream output, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(output, JsonReportDocument.From(report), Options, cancellationToken);
}

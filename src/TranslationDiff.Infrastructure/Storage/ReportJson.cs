using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// How reports and problems are kept in the database: the domain model as System.Text.Json writes it, enums as
/// names, non-ASCII text unescaped. Not the published JSON report format (see Reporting/JsonReportDocument).
/// </summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { FillGetOnlyDictionaries } },
    };

    public static string Serialize(ComparisonReport report) => JsonSerializer.Serialize(report, Options);

    public static ComparisonReport? DeserializeReport(string json) => JsonSerializer.Deserialize<ComparisonReport>(json, Options);

    public static string Serialize(IReadOnlyList<Problem> problems) => JsonSerializer.Serialize(problems, Options);

    public static IReadOnlyList<Problem> DeserializeProblems(string json) =>
        JsonSerializer.Deserialize<List<Problem>>(json, Options) ?? [];

    /// <summary>Get-only dictionaries (ComparisonStatistics.StageMilliseconds) are filled in place when read.</summary>
    private static void FillGetOnlyDictionaries(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.Set is null && property.Get is not null
                && property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                property.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
            }
        }
    }
}

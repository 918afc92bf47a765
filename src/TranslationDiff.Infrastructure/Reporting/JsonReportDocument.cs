using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;

namespace TranslationDiff.Infrastructure.Reporting;

/// <summary>
/// The JSON report's schema (version 1), kept apart from the domain model so that the model can change
/// without breaking consumers. Documented in README.md; fields are only ever added.
/// </summary>
internal sealed record JsonReportDocument(
    int SchemaVersion,
    string Name,
    string PivotLanguage,
    string ReferenceLanguage,
    string? OriginalLanguage,
    string Translator,
    DateTimeOffset CreatedAt,
    IReadOnlyList<JsonReportDocument.EditionDto> Editions,
    IReadOnlyList<JsonReportDocument.GroupDto> Groups,
    IReadOnlyList<JsonReportDocument.DiffDto> Diffs,
    IReadOnlyList<JsonReportDocument.FindingDto> Findings,
    IReadOnlyList<JsonReportDocument.ProblemDto> Problems,
    JsonReportDocument.StatisticsDto Statistics,
    IReadOnlyList<JsonReportDocument.QualityDto> Quality,
    int DismissedFindings)
{
    public static JsonReportDocument From(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonReportDocument(
            report.SchemaVersion,
            report.Name,
            report.PivotLanguage,
            report.ReferenceLanguage,
            report.OriginalLanguage,
            report.Translator,
            report.CreatedAt,
            report.Editions.Select(e => new EditionDto(
                e.Language, e.Url, e.Title, e.PivotTitle, e.TranslationRoute, e.ContentHash, e.WordCount,
                e.Paragraphs.Select(p => new ParagraphDto(p.Index, Kind(p.Kind), p.Text, p.PivotText, p.UnknownWords, p.SecondPivotText)).ToList(),
                e.SecondRoute)).ToList(),
            report.Groups.Select(g => new GroupDto(g.Id, g.Kind, Math.Round(g.Score, 4), g.Members, g.Shapes)).ToList(),
            report.Diffs.Select(d => new DiffDto(
                d.GroupId, d.Language, d.ReferenceLanguage, d.Similarity,
                d.Pieces.Select(p => new PieceDto(Op(p.Operation), p.Text)).ToList())).ToList(),
            report.Findings.Select(f => new FindingDto(
                f.Check, f.Category, f.Severity.ToString().ToLowerInvariant(), f.Language, f.Paragraph, f.Start, f.Length,
                f.Text, f.PivotStart, f.PivotLength, f.Message, f.Evidence, f.GroupId, f.Attribution, f.Fingerprint)).ToList(),
            report.Problems.Select(p => new ProblemDto(p.Stage, p.Code, p.Message, p.Subject)).ToList(),
            new StatisticsDto(report.Statistics.EngineCalls, report.Statistics.CharactersSent, report.Statistics.StageMilliseconds),
            report.Quality.Select(q => new QualityDto(q.Language, q.Words, q.Minor, q.Major, q.Critical, q.Penalty, q.PenaltyPerThousandWords, q.Score)).ToList(),
            report.DismissedFindings);
    }

    private static string Kind(BlockKind kind) => kind.ToString().ToLowerInvariant();

    private static string Op(DiffOperation op) => op switch
    {
        DiffOperation.Equal => "equal",
        DiffOperation.Inserted => "insert",
        _ => "delete",
    };

    internal sealed record EditionDto(
        string Language, string Url, string Title, string PivotTitle, string Route, string ContentHash, int Words,
        IReadOnlyList<ParagraphDto> Paragraphs, string? SecondRoute);

    internal sealed record ParagraphDto(int Index, string Kind, string Text, string PivotText, IReadOnlyList<string> UnknownWords, string? SecondPivotText);

    internal sealed record GroupDto(
        string Id, string Kind, double Score, IReadOnlyDictionary<string, IReadOnlyList<int>> Members, IReadOnlyDictionary<string, string> Shapes);

    internal sealed record DiffDto(string GroupId, string Language, string ReferenceLanguage, double Similarity, IReadOnlyList<PieceDto> Pieces);

    internal sealed record PieceDto(string Op, string Text);

    internal sealed record FindingDto(
        string Check, string Category, string Severity, string Language, int Paragraph, int Start, int Length, string Text,
        int PivotStart, int PivotLength, string Message, IReadOnlyDictionary<string, string> Evidence, string? GroupId,
        string? Attribution, string Fingerprint);

    internal sealed record QualityDto(
        string Language, int Words, int Minor, int Major, int Critical, int Penalty, double PenaltyPerThousandWords, double Score);

    internal sealed record ProblemDto(string Stage, string Code, string Message, string? Subject);

    internal sealed record StatisticsDto(int EngineCalls, long CharactersSent, IReadOnlyDictionary<string, long> StageMilliseconds);
}

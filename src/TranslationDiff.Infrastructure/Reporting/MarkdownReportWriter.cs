using System.Globalization;
using System.Text;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Reporting;

namespace TranslationDiff.Infrastructure.Reporting;

/// <summary>A report to read in a terminal or a Markdown viewer: editions, findings worst first, alignment.</summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "md";

    public string Extension => "md";

    public async Task WriteAsync(ComparisonReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.Append(c, $"# {Escape(report.Name)}\n\n");
        md.Append(c, $"Pivot language **{report.PivotLanguage}**, reference edition **{report.ReferenceLanguage}**");
        md.Append(report.OriginalLanguage is null ? string.Empty : $" (original: {report.OriginalLanguage})");
        md.Append(c, $", engine **{report.Translator}**; {report.Statistics.EngineCalls} engine calls, {report.Statistics.CharactersSent:N0} characters sent.\n\n");

        md.Append("| edition | title | paragraphs | words | route | second route | findings |\n|---|---|---|---|---|---|---|\n");
        foreach (var e in report.Editions)
        {
            var count = report.Findings.Count(f => f.Language == e.Language);
            md.Append(c, $"| {e.Language} | {Escape(e.Title)} | {e.Paragraphs.Count} | {e.WordCount} | {Escape(e.TranslationRoute)} | {Escape(e.SecondRoute ?? "–")} | {count} |\n");
        }

        if (report.Quality.Count > 0)
        {
            md.Append("\n## Quality (worst first)\n\nMQM-style penalty: minor 1, major 5, critical 25 points per 1,000 words; likely engine artifacts do not count.\n\n");
            md.Append("| edition | words | minor | major | critical | penalty / 1,000 words | score |\n|---|---|---|---|---|---|---|\n");
            foreach (var q in report.Quality)
            {
                md.Append(c, $"| {q.Language} | {q.Words} | {q.Minor} | {q.Major} | {q.Critical} | {q.PenaltyPerThousandWords:0.##} | {q.Score:0.##} |\n");
            }
        }

        md.Append(c, $"\n## Findings ({report.Findings.Count})\n\n");
        if (report.DismissedFindings > 0)
        {
            md.Append(c, $"{report.DismissedFindings} finding(s) dismissed by editors in earlier runs are not shown (`translationdiff dismiss --list`).\n\n");
        }

        if (report.Findings.Count == 0)
        {
            md.Append("No translation artifacts found.\n");
        }

        foreach (var byCheck in report.Findings.GroupBy(f => f.Check).OrderByDescending(g => g.Count()))
        {
            md.Append(c, $"- {byCheck.Key}: {byCheck.Count()}\n");
        }

        foreach (var edition in report.Findings.GroupBy(f => f.Language))
        {
            md.Append(c, $"\n### {edition.Key}\n\n");
            foreach (var f in edition)
            {
                var where = f.Paragraph < 0 ? "edition" : $"¶{f.Paragraph}";
                var engine = f.Attribution == FindingAttribution.Engine ? " *(likely engine artifact)*" : string.Empty;
                md.Append(c, $"- **{f.Severity.ToString().ToLowerInvariant()}** `{f.Check}` {where}: “{Escape(f.Text)}” — {Escape(f.Message)}{engine} `#{f.Fingerprint}`\n");
                foreach (var (language, text) in f.Evidence)
                {
                    md.Append(c, $"  - {language}: “{Escape(text)}”\n");
                }
            }
        }

        md.Append("\n## Alignment\n\n");
        var languages = report.Editions.Select(e => e.Language).ToList();
        md.Append("| group | kind | score | ").Append(string.Join(" | ", languages)).Append(" |\n|---|---|---|");
        md.Append(string.Concat(languages.Select(_ => "---|"))).Append('\n');
        foreach (var g in report.Groups)
        {
            md.Append(c, $"| {g.Id} | {g.Kind} | {g.Score:0.00} | ");
            md.Append(string.Join(" | ", languages.Select(l => string.Join(",", g.For(l)))));
            md.Append(" |\n");
        }

        if (report.Problems.Count > 0)
        {
            md.Append("\n## Problems\n\n");
            foreach (var p in report.Problems)
            {
                md.Append(c, $"- {p.Code}: {Escape(p.Message)}\n");
            }
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(md.ToString()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Keeps table cells whole and stops fetched text from becoming HTML in viewers that render it
    /// (Markdown allows inline HTML): pipes escaped, line breaks folded, angle brackets as entities.
    /// </summary>
    private static string Escape(string? text) =>
        (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

using System.Globalization;
using System.Net;
using System.Text;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Reporting;

namespace TranslationDiff.Infrastructure.Reporting;

/// <summary>
/// A standalone HTML page: findings worst first, then each alignment group side by side with the word
/// diff against the reference. Every piece of text is HTML-encoded.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;width:100%}"
        + "td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}ins{background:#d4f8d4;text-decoration:none}"
        + "del{background:#f8d4d4}.critical{color:#a00;font-weight:bold}.major{color:#b50}.minor{color:#555}mark{background:#ffe58a}"
        + ".engine{font-style:italic;color:#777}code{font-size:.8em;color:#666}";

    public string Format => "html";

    public string Extension => "html";

    public async Task WriteAsync(ComparisonReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(report.Name)).Append(" · TranslationDiff</title><style>").Append(Style).Append("</style></head><body>");
        h.Append(c, $"<h1>{E(report.Name)}</h1><p>Pivot <b>{E(report.PivotLanguage)}</b>, reference <b>{E(report.ReferenceLanguage)}</b>, engine <b>{E(report.Translator)}</b>.</p>");

        if (report.Quality.Count > 0)
        {
            h.Append("<h2>Quality, worst first</h2><p>MQM-style penalty: minor 1, major 5, critical 25 points per 1,000 words; likely engine artifacts do not count.</p>");
            h.Append("<table><tr><th>edition</th><th>words</th><th>minor</th><th>major</th><th>critical</th><th>penalty / 1,000 words</th><th>score</th></tr>");
            foreach (var q in report.Quality)
            {
                h.Append(c, $"<tr><td>{E(q.Language)}</td><td>{q.Words}</td><td>{q.Minor}</td><td>{q.Major}</td><td>{q.Critical}</td><td>{q.PenaltyPerThousandWords:0.##}</td><td>{q.Score:0.##}</td></tr>");
            }

            h.Append("</table>");
        }

        h.Append(c, $"<h2>Findings ({report.Findings.Count})</h2>");
        if (report.DismissedFindings > 0)
        {
            h.Append(c, $"<p>{report.DismissedFindings} finding(s) dismissed by editors in earlier runs are not shown.</p>");
        }

        h.Append("<table><tr><th>severity</th><th>check</th><th>edition</th><th>¶</th><th>text</th><th>message</th><th>evidence</th><th>id</th></tr>");
        foreach (var f in report.Findings)
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            var evidence = string.Join("<br>", f.Evidence.Select(kv => $"{E(kv.Key)}: {E(kv.Value)}"));
            var engine = f.Attribution == FindingAttribution.Engine ? "<br><span class=\"engine\">likely engine artifact</span>" : string.Empty;
            h.Append(c, $"<tr><td class=\"{severity}\">{severity}</td><td>{E(f.Check)}</td><td>{E(f.Language)}</td><td>{f.Paragraph}</td><td><mark>{E(f.Text)}</mark></td><td>{E(f.Message)}{engine}</td><td>{evidence}</td><td><code>{E(f.Fingerprint)}</code></td></tr>");
        }

        h.Append("</table><h2>Aligned paragraphs</h2><table><tr><th>group</th>");
        foreach (var e in report.Editions)
        {
            h.Append(c, $"<th>{E(e.Language)}</th>");
        }

        h.Append("</tr>");
        foreach (var g in report.Groups)
        {
            h.Append(c, $"<tr><td>{E(g.Id)}<br>{E(g.Kind)}<br>{g.Score:0.00}</td>");
            foreach (var e in report.Editions)
            {
                h.Append("<td>").Append(Cell(report, g, e)).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</table></body></html>");
        await output.WriteAsync(Encoding.UTF8.GetBytes(h.ToString()), cancellationToken).ConfigureAwait(false);
    }

    private static string Cell(ComparisonReport report, AlignmentGroup group, Edition edition)
    {
        var indices = group.For(edition.Language);
        if (indices.Count == 0)
        {
            return "<i>—</i>";
        }

        var original = string.Join("<br>", indices.Select(i => E(edition.Paragraphs[i].Text)));
        var diff = report.Diffs.FirstOrDefault(d => d.GroupId == group.Id && d.Language == edition.Language);
        if (diff is null)
        {
            return original;
        }

        var pivot = string.Concat(diff.Pieces.Select(p => p.Operation switch
        {
            DiffOperation.Inserted => $"<ins>{E(p.Text)}</ins>",
            DiffOperation.Deleted => $"<del>{E(p.Text)}</del>",
            _ => E(p.Text),
        }));
        return original + "<hr><small>" + pivot + "</small>";
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}

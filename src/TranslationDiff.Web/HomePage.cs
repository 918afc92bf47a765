using System.Globalization;
using System.Net;
using System.Text;
using TranslationDiff.Core.Storage;

namespace TranslationDiff.Web;

/// <summary>
/// The start page: every stored comparison's newest run, with links to its report (HTML to read, JSON for
/// programs) and to the API. Server-rendered, every text HTML-encoded, no script.
/// </summary>
internal static class HomePage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}"
        + "td,th{border:1px solid #ccc;padding:.4rem;text-align:left}.failed{color:#a00}code{color:#555}";

    public static void MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (IComparisonStore store, HttpContext http, CancellationToken cancellationToken) =>
        {
            var runs = await store.ListLatestRunsAsync(cancellationToken).ConfigureAwait(false);
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.Content(Render(runs), "text/html; charset=utf-8");
        });
    }

    internal static string Render(IReadOnlyList<ComparisonRun> runs)
    {
        var c = CultureInfo.InvariantCulture;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TranslationDiff</title><style>")
            .Append(Style).Append("</style></head><body><h1>TranslationDiff</h1>");
        if (runs.Count == 0)
        {
            h.Append("<p>No comparison has been run yet. Run one with <code>translationdiff compare --set seeds/korea-russia</code> (or <code>./run.sh</code>), then reload.</p>");
        }
        else
        {
            h.Append(c, $"<p>{runs.Count} comparison(s), newest run of each.</p>");
            h.Append("<table><tr><th>comparison</th><th>run</th><th>when (UTC)</th><th>engine</th><th>pivot / reference</th><th>status</th><th>report</th></tr>");
            foreach (var run in runs)
            {
                var id = Uri.EscapeDataString(run.Id);
                var status = run.Status.ToString().ToLowerInvariant();
                var report = run.Status == ComparisonRunStatus.Succeeded
                    ? $"<a href=\"/api/runs/{E(id)}/report?format=html\">read</a> · <a href=\"/api/runs/{E(id)}/report\">json</a>"
                    : E(string.Join("; ", run.Problems.Select(p => p.Message)));
                h.Append(c, $"<tr><td><a href=\"/api/runs?name={E(Uri.EscapeDataString(run.Name))}\">{E(run.Name)}</a></td><td><code>{E(run.Id)}</code></td>");
                h.Append(c, $"<td>{run.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm}</td><td>{E(run.Engine)}</td><td>{E(run.PivotLanguage)} / {E(run.ReferenceLanguage ?? "–")}</td>");
                h.Append(c, $"<td class=\"{status}\">{status}</td><td>{report}</td></tr>");
            }

            h.Append("</table>");
        }

        h.Append("<p>API: <code>/api/runs?name=NAME</code>, <code>/api/runs/ID/report?format=json|md|html</code>, <code>/api/dismissals</code>, <code>/api/translators</code>, <code>/health</code>.</p></body></html>");
        return h.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}

using TranslationDiff.Core.Reporting;
using TranslationDiff.Core.Storage;

namespace TranslationDiff.Web;

/// <summary>
/// Stored runs, read-only: the runs of a comparison (newest first) and a run's report in the published formats
/// (JSON schema v1, Markdown, standalone HTML). The findings' fingerprints there are what <c>/api/dismissals</c> takes.
/// </summary>
internal static class RunEndpoints
{
    public static void MapRunApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/runs", async (string? name, IComparisonStore store, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No comparison named", detail: "Ask for the runs of one comparison: /api/runs?name=korea-russia.");
            }

            var runs = await store.ListRunsAsync(name, cancellationToken).ConfigureAwait(false);
            return Results.Ok(runs.Select(r => new
            {
                r.Id, r.Name, r.PivotLanguage, r.ReferenceLanguage, r.Engine, r.CreatedAt,
                Status = r.Status.ToString().ToLowerInvariant(),
                Problems = r.Problems.Select(p => new { p.Stage, p.Code, p.Message, p.Subject }),
            }));
        });

        app.MapGet("/api/runs/{id}/report", async (string id, string? format, IComparisonStore store, IEnumerable<IReportWriter> writers, HttpContext http, CancellationToken cancellationToken) =>
        {
            var wanted = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
            var writer = writers.FirstOrDefault(w => w.Format == wanted);
            if (writer is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format", detail: $"'{wanted}' is not a report format; use json, md or html.");
            }

            var report = await store.GetReportAsync(id, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No report", detail: $"No stored run {id} has a report.");
            }

            var contentType = wanted switch
            {
                "html" => "text/html; charset=utf-8",
                "md" => "text/markdown; charset=utf-8",
                _ => "application/json; charset=utf-8",
            };
            if (wanted == "html")
            {
                // The page is self-contained: inline style, no script, nothing fetched.
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            }

            return Results.Stream(stream => writer.WriteAsync(report, stream, http.RequestAborted), contentType);
        });
    }
}

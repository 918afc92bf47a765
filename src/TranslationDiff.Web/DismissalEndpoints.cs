using TranslationDiff.Core.Storage;

namespace TranslationDiff.Web;

/// <summary>
/// Editors' dismissals over HTTP, the same as the CLI's <c>dismiss</c>: list (read), dismiss and restore (writes,
/// behind <see cref="WriteAccess"/>).
/// </summary>
internal static class DismissalEndpoints
{
    public static void MapDismissalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dismissals");
        group.MapGet("/", async (IDismissalStore store, CancellationToken cancellationToken) =>
            Results.Ok(await store.ListAsync(cancellationToken).ConfigureAwait(false)));

        group.MapPost("/", DismissAsync).AddEndpointFilter<WriteAccess>();
        group.MapDelete("/{fingerprint}", async (string fingerprint, IDismissalStore store, CancellationToken cancellationToken) =>
            await store.RestoreAsync(fingerprint, cancellationToken).ConfigureAwait(false)
                ? Results.NoContent()
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not dismissed", detail: $"No dismissal has the id {fingerprint}."))
            .AddEndpointFilter<WriteAccess>();
    }

    private static async Task<IResult> DismissAsync(
        DismissRequest request, IDismissalStore store, IComparisonStore runs, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Fingerprint))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No finding id", detail: "Send the finding's fingerprint as \"fingerprint\".");
        }

        if (Dismissal.Validate(request.Reason, request.By) is { } invalid)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Dismissal too long", detail: invalid);
        }

        var id = request.Fingerprint.Trim().TrimStart('#');
        var found = await runs.FindFindingAsync(id, cancellationToken).ConfigureAwait(false);
        if (found is not { } hit)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown finding", detail: $"No stored run has a finding with id {id}.");
        }

        var dismissal = new Dismissal(id, hit.Finding.Check, hit.Finding.Language, hit.Finding.Text, request.Reason, request.By, clock.GetUtcNow())
        {
            ComparisonName = hit.ComparisonName,
        };
        var added = await store.DismissAsync(dismissal, cancellationToken).ConfigureAwait(false);
        return added ? Results.Created($"/api/dismissals/{id}", dismissal) : Results.Ok(dismissal);
    }

    /// <summary>The body of a dismissal: the finding's id and, optionally, why and by whom.</summary>
    internal sealed record DismissRequest(string? Fingerprint, string? Reason, string? By);
}

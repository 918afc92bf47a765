using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Web;

/// <summary>
/// The read-only JSON API. The review UI, the job dashboard and the write endpoints come with the web
/// issue; until then the web app serves what the CLI's `translators` command shows, from the same configuration.
/// </summary>
internal static class ApiEndpoints
{
    public static void MapTranslationDiffApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapGet("/api/translators", async (ITranslatorProvider provider, CancellationToken cancellationToken) =>
        {
            var engines = new List<object>();
            foreach (var name in provider.Names)
            {
                var translator = provider.Get(name)!;
                var availability = translator is ITranslatorAvailability check
                    ? await check.CheckAsync(cancellationToken).ConfigureAwait(false)
                    : new TranslatorAvailability(true, "no self-check");
                engines.Add(new { name, isDefault = string.Equals(name, provider.DefaultName, StringComparison.OrdinalIgnoreCase), usable = availability.Usable, detail = availability.Detail });
            }

            return Results.Ok(new { defaultEngine = provider.DefaultName, engines });
        });
    }
}

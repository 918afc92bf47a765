using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Translation;

namespace TranslationDiff.Web;

/// <summary>
/// The read-only part of the JSON API: health and what the CLI's `translators` command shows, from the same
/// configuration. Writes (dismissals) are in <see cref="DismissalEndpoints"/>, behind <see cref="WriteAccess"/>.
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

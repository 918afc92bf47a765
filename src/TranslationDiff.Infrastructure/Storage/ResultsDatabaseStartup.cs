using Microsoft.Extensions.DependencyInjection;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>For composition roots: bring the results database's schema up to date at start-up.</summary>
public static class ResultsDatabaseStartup
{
    /// <summary>
    /// Creates or upgrades the schema (EF Core migrations of the configured provider). Optional: the stores and
    /// the translation memory do it themselves on first use; calling it at start-up makes a bad connection string
    /// or an unreachable server fail early.
    /// </summary>
    public static Task MigrateResultsDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<ResultsDatabase>().EnsureReadyAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using TranslationDiff.Core.Storage;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// Engine usage per run in the results database. Adding is one upsert of the (run, engine) row; concurrent writers
/// of one run never lose a count.
/// </summary>
internal sealed class EfEngineUsageStore(ResultsDatabase database, TimeProvider clock) : IEngineUsageStore
{
    public async Task<IReadOnlyList<EngineUsage>> ListAsync(string runId, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var rows = await context.EngineUsage.AsNoTracking().Where(u => u.RunId == runId).OrderBy(u => u.Engine)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(u => new EngineUsage(u.RunId, u.Engine, u.Requests, u.CharactersSent, u.CacheHits, u.CacheMisses)
            {
                ComparisonName = u.ComparisonName,
                UpdatedAt = u.UpdatedAt,
            }).ToList();
        }
    }

    /// <summary>
    /// Adds one request's usage to the (run, engine) row in one statement: an insert that, when the row exists,
    /// increments it instead (<c>INSERT … ON CONFLICT … DO UPDATE</c>, the same SQL on SQLite and PostgreSQL), so
    /// concurrent writers (a second opinion beside the primary translation, several workers) neither race nor fail.
    /// </summary>
    public async Task AddAsync(string runId, string? comparisonName, string engine, long charactersSent, long hits, long misses, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            await context.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO engine_usage (run_id, comparison_name, engine, requests, characters_sent, cache_hits, cache_misses, started_at, updated_at)
                VALUES ({runId}, {comparisonName}, {engine}, 1, {charactersSent}, {hits}, {misses}, {now}, {now})
                ON CONFLICT (run_id, engine) DO UPDATE SET
                    requests = engine_usage.requests + 1,
                    characters_sent = engine_usage.characters_sent + excluded.characters_sent,
                    cache_hits = engine_usage.cache_hits + excluded.cache_hits,
                    cache_misses = engine_usage.cache_misses + excluded.cache_misses,
                    updated_at = excluded.updated_at
                """,
                cancellationToken).ConfigureAwait(false);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Storage.Entities;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// Engine usage per run in the results database. Adding is an atomic increment of the (run, engine) row, or an
/// insert when there is none yet; concurrent writers of one run never lose a count.
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

    /// <summary>Adds one request's usage to the (run, engine) row.</summary>
    public async Task AddAsync(string runId, string? comparisonName, string engine, long charactersSent, long hits, long misses, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                var updated = await context.EngineUsage.Where(u => u.RunId == runId && u.Engine == engine)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(u => u.Requests, u => u.Requests + 1)
                            .SetProperty(u => u.CharactersSent, u => u.CharactersSent + charactersSent)
                            .SetProperty(u => u.CacheHits, u => u.CacheHits + hits)
                            .SetProperty(u => u.CacheMisses, u => u.CacheMisses + misses)
                            .SetProperty(u => u.UpdatedAt, now),
                        cancellationToken).ConfigureAwait(false);
                if (updated > 0)
                {
                    return;
                }

                context.EngineUsage.Add(new EngineUsageEntry
                {
                    RunId = runId,
                    ComparisonName = comparisonName,
                    Engine = engine,
                    Requests = 1,
                    CharactersSent = charactersSent,
                    CacheHits = hits,
                    CacheMisses = misses,
                    StartedAt = now,
                    UpdatedAt = now,
                });
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (DbUpdateException ex) when (attempt == 0 && UniqueViolation.Is(ex))
                {
                    // Another writer created the row first: the next attempt increments it.
                }
            }
        }
    }
}

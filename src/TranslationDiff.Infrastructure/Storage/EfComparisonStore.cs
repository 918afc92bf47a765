using Microsoft.EntityFrameworkCore;
using TranslationDiff.Core.Model;
using TranslationDiff.Core.Pipeline;
using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Storage.Entities;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// <see cref="IComparisonStore"/> on the results database. Saving is an upsert by run id; edition versions are
/// unique by URL and content hash, and a writer that loses a race to insert one reads the winner's row.
/// </summary>
internal sealed class EfComparisonStore(ResultsDatabase database, TimeProvider clock) : IComparisonStore
{
    public async Task SaveRunAsync(ComparisonRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.Id);

        var versionIds = new List<long>();
        foreach (var edition in run.Report?.Editions ?? [])
        {
            versionIds.Add(await KeepVersionAsync(FromEdition(edition), cancellationToken).ConfigureAwait(false));
        }

        // Two tries: a concurrent writer may insert the same run id between our read and our insert.
        for (var attempt = 0; ; attempt++)
        {
            var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                var entry = await context.ComparisonRuns.Include(r => r.Editions)
                    .FirstOrDefaultAsync(r => r.Id == run.Id, cancellationToken).ConfigureAwait(false);
                if (entry is null)
                {
                    entry = new ComparisonRunEntry { Id = run.Id, Name = run.Name, PivotLanguage = run.PivotLanguage, Engine = run.Engine };
                    context.ComparisonRuns.Add(entry);
                }

                Fill(entry, run);
                foreach (var id in versionIds.Distinct().Where(id => entry.Editions.All(e => e.EditionVersionId != id)))
                {
                    entry.Editions.Add(new RunEditionEntry { RunId = run.Id, EditionVersionId = id });
                }

                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (DbUpdateException ex) when (attempt == 0 && UniqueViolation.Is(ex))
                {
                    // Lost the race: the next attempt finds the row and updates it.
                }
            }
        }
    }

    public async Task<bool> SaveEditionVersionAsync(EditionVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            if (await FindVersionIdAsync(context, version.Url, version.ContentHash, cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }
        }

        return await TryInsertVersionAsync(version, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task<IReadOnlyList<ComparisonRun>> ListRunsAsync(string comparisonName, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            return await SummariesAsync(
                context.ComparisonRuns.AsNoTracking().Where(r => r.Name == comparisonName).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<ComparisonRun>> ListLatestRunsAsync(CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            // Newest first, then the first of each name; bounded so that a long history stays cheap to list.
            var runs = await SummariesAsync(
                context.ComparisonRuns.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(10_000),
                cancellationToken).ConfigureAwait(false);
            return runs.DistinctBy(r => r.Name, StringComparer.Ordinal).ToList();
        }
    }

    public async Task<ComparisonRun?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var runs = await SummariesAsync(context.ComparisonRuns.AsNoTracking().Where(r => r.Id == runId), cancellationToken).ConfigureAwait(false);
            return runs.FirstOrDefault();
        }
    }

    public async Task<ComparisonReport?> GetReportAsync(string runId, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var json = await context.ComparisonRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => r.ReportJson)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return json is null ? null : ReportJson.DeserializeReport(json);
        }
    }

    public async Task<(Finding Finding, string ComparisonName)?> FindFindingAsync(string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var quoted = $"\"{fingerprint}\"";
            var candidates = await context.ComparisonRuns.AsNoTracking()
                .Where(r => r.ReportJson != null && r.ReportJson.Contains(quoted))
                .OrderByDescending(r => r.CreatedAt)
                .Select(r => new { r.Name, r.ReportJson })
                .Take(5)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var candidate in candidates)
            {
                var finding = ReportJson.DeserializeReport(candidate.ReportJson!)?.Findings.FirstOrDefault(f => f.Fingerprint == fingerprint);
                if (finding is not null)
                {
                    return (finding, candidate.Name);
                }
            }

            return null;
        }
    }

    public async Task<IReadOnlyList<EditionVersion>> ListEditionVersionsAsync(string comparisonName, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var ids = context.RunEditions
                .Where(l => context.ComparisonRuns.Any(r => r.Id == l.RunId && r.Name == comparisonName))
                .Select(l => l.EditionVersionId);
            var rows = await context.EditionVersions.AsNoTracking()
                .Where(v => ids.Contains(v.Id))
                .OrderBy(v => v.Language).ThenBy(v => v.FetchedAt).ThenBy(v => v.Id)
                .Select(v => new { v.Language, v.Url, v.ContentHash, v.FetchedAt, v.Title, v.Text })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(v => new EditionVersion
            {
                Language = v.Language,
                Url = v.Url,
                ContentHash = v.ContentHash,
                FetchedAt = v.FetchedAt,
                Title = v.Title,
                Text = v.Text,
            }).ToList();
        }
    }

    private static EditionVersion FromEdition(Edition edition) => new()
    {
        Language = edition.Language,
        Url = edition.Url,
        ContentHash = edition.ContentHash,
        FetchedAt = edition.FetchedAt,
        Title = edition.Title,
        Text = string.Join('\n', edition.Paragraphs.Select(p => p.Text)),
    };

    private static Task<long?> FindVersionIdAsync(TranslationDiffDbContext context, string url, string contentHash, CancellationToken cancellationToken) =>
        context.EditionVersions.Where(v => v.Url == url && v.ContentHash == contentHash)
            .Select(v => (long?)v.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The id of the version's row, inserting it when new.</summary>
    private async Task<long> KeepVersionAsync(EditionVersion version, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var existing = await FindVersionIdAsync(context, version.Url, version.ContentHash, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return existing.Value;
            }
        }

        var inserted = await TryInsertVersionAsync(version, cancellationToken).ConfigureAwait(false);
        if (inserted is not null)
        {
            return inserted.Value;
        }

        var again = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (again.ConfigureAwait(false))
        {
            return await FindVersionIdAsync(again, version.Url, version.ContentHash, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Edition version {version.Url} ({version.ContentHash}) vanished after a conflicting insert.");
        }
    }

    /// <summary>Inserts a version; null when another writer inserted the same URL and hash first.</summary>
    private async Task<long?> TryInsertVersionAsync(EditionVersion version, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var entry = new EditionVersionEntry
            {
                Url = version.Url,
                Language = LanguageTag.IsWellFormed(version.Language) ? LanguageTag.Normalize(version.Language) : version.Language,
                ContentHash = version.ContentHash,
                FetchedAt = version.FetchedAt == default ? clock.GetUtcNow() : version.FetchedAt,
                Title = version.Title,
                Text = version.Text,
                Content = version.Content,
            };
            context.EditionVersions.Add(entry);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return entry.Id;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                return null;
            }
        }
    }

    private void Fill(ComparisonRunEntry entry, ComparisonRun run)
    {
        entry.Name = run.Name;
        entry.PivotLanguage = run.PivotLanguage;
        entry.ReferenceLanguage = run.ReferenceLanguage;
        entry.Engine = run.Engine;
        entry.CreatedAt = run.CreatedAt == default ? clock.GetUtcNow() : run.CreatedAt;
        entry.UpdatedAt = clock.GetUtcNow();
        entry.Status = run.Status;
        entry.ProblemsJson = ReportJson.Serialize(run.Problems);
        entry.ReportJson = run.Report is null ? entry.ReportJson : ReportJson.Serialize(run.Report);
    }

    /// <summary>Runs without their reports (the report JSON is never loaded), in the query's order.</summary>
    private static async Task<List<ComparisonRun>> SummariesAsync(IQueryable<ComparisonRunEntry> runs, CancellationToken cancellationToken)
    {
        var rows = await runs
            .Select(r => new { r.Id, r.Name, r.PivotLanguage, r.ReferenceLanguage, r.Engine, r.CreatedAt, r.Status, r.ProblemsJson })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ComparisonRun
        {
            Id = r.Id,
            Name = r.Name,
            PivotLanguage = r.PivotLanguage,
            ReferenceLanguage = r.ReferenceLanguage,
            Engine = r.Engine,
            CreatedAt = r.CreatedAt,
            Status = r.Status,
            Problems = ReportJson.DeserializeProblems(r.ProblemsJson),
        }).ToList();
    }
}

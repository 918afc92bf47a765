using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TranslationDiff.Core.Translation;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.Infrastructure.Storage.Entities;

namespace TranslationDiff.Infrastructure.Translation.Memory;

/// <summary>
/// The translation memory's table in the results database. Lookups go by partition and text hash; inserts are
/// safe under concurrent writers (the unique index decides, the loser keeps the winner's row).
/// </summary>
internal sealed class EfTranslationMemory(ResultsDatabase database, TimeProvider clock)
{
    private const int LookupChunk = 400;
    private const int MaxVersionLength = 200;

    /// <summary>Remembered translations of the given texts, by hash; texts not remembered are absent.</summary>
    public async Task<IReadOnlyDictionary<string, RememberedTranslation>> LookupAsync(
        MemoryPartition partition, IReadOnlyList<MemoryKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, RememberedTranslation>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        var version = StoredVersion(partition.EngineVersion);
        var texts = keys.ToDictionary(k => k.Hash, k => k.Text, StringComparer.Ordinal);
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            foreach (var chunk in texts.Keys.Chunk(LookupChunk))
            {
                var rows = await context.TranslationMemory.AsNoTracking()
                    .Where(e => e.Engine == partition.Engine && e.EngineVersion == version
                        && e.SourceLanguage == partition.SourceLanguage && e.TargetLanguage == partition.TargetLanguage
                        && chunk.Contains(e.SourceHash))
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var row in rows.Where(r => string.Equals(r.SourceText, texts[r.SourceHash], StringComparison.Ordinal)))
                {
                    found[row.SourceHash] = new RememberedTranslation(
                        row.Id, new TranslatedText(row.Translation, row.UnknownWords, row.SentenceLengths), row.Route);
                }
            }
        }

        return found;
    }

    /// <summary>Counts a hit on each entry and stamps its last use.</summary>
    public async Task MarkUsedAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            foreach (var chunk in ids.Chunk(LookupChunk))
            {
                await context.TranslationMemory.Where(e => chunk.Contains(e.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.HitCount, e => e.HitCount + 1).SetProperty(e => e.LastUsedAt, now), cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Remembers new translations. A text another writer remembered meanwhile is left as that writer stored it.
    /// </summary>
    public async Task StoreAsync(
        MemoryPartition partition, IReadOnlyList<(MemoryKey Key, TranslatedText Translation)> items, string route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (await TryInsertAsync(items.Select(i => ToEntry(partition, i.Key, i.Translation, route, now)).ToList(), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // Some text was inserted concurrently: insert one by one and skip those already there.
        foreach (var item in items)
        {
            await TryInsertAsync([ToEntry(partition, item.Key, item.Translation, route, now)], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Versions longer than the column are kept as their hash, so that they still tell versions apart.</summary>
    internal static string StoredVersion(string version) =>
        version.Length <= MaxVersionLength ? version : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)));

    private async Task<bool> TryInsertAsync(List<TranslationMemoryEntry> entries, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            context.TranslationMemory.AddRange(entries);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                return false;
            }
        }
    }

    private static TranslationMemoryEntry ToEntry(MemoryPartition partition, MemoryKey key, TranslatedText translation, string route, DateTimeOffset now) => new()
    {
        Engine = partition.Engine,
        EngineVersion = StoredVersion(partition.EngineVersion),
        SourceLanguage = partition.SourceLanguage,
        TargetLanguage = partition.TargetLanguage,
        SourceHash = key.Hash,
        SourceText = key.Text,
        Translation = translation.Text,
        UnknownWords = [.. translation.UnknownWords],
        SentenceLengths = translation.SentenceLengths is null ? null : [.. translation.SentenceLengths],
        Route = route.Length <= 200 ? route : route[..200],
        CreatedAt = now,
        LastUsedAt = now,
        HitCount = 0,
    };
}

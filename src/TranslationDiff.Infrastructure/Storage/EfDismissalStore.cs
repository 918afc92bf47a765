using Microsoft.EntityFrameworkCore;
using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Storage.Entities;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>Editors' dismissals in the results database, one row per fingerprint; the first dismissal of a fingerprint stays.</summary>
internal sealed class EfDismissalStore(ResultsDatabase database) : IDismissalStore
{
    public async Task<IReadOnlySet<string>> GetFingerprintsAsync(CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var fingerprints = await context.Dismissals.AsNoTracking().Select(d => d.Fingerprint).ToListAsync(cancellationToken).ConfigureAwait(false);
            return fingerprints.ToHashSet(StringComparer.Ordinal);
        }
    }

    public async Task<IReadOnlyList<Dismissal>> ListAsync(CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var rows = await context.Dismissals.AsNoTracking().OrderByDescending(d => d.DismissedAt).ThenBy(d => d.Fingerprint)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(d => new Dismissal(d.Fingerprint, d.Check, d.Language, d.Text, d.Reason, d.DismissedBy, d.DismissedAt)
            {
                ComparisonName = d.ComparisonName,
            }).ToList();
        }
    }

    public async Task<bool> DismissAsync(Dismissal dismissal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dismissal);
        if (Dismissal.Validate(dismissal.Reason, dismissal.DismissedBy) is { } invalid)
        {
            throw new ArgumentException(invalid, nameof(dismissal));
        }

        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            if (await context.Dismissals.AnyAsync(d => d.Fingerprint == dismissal.Fingerprint, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            context.Dismissals.Add(new DismissalEntry
            {
                Fingerprint = dismissal.Fingerprint,
                Check = dismissal.Check,
                Language = dismissal.Language,
                Text = dismissal.Text.Length <= Dismissal.MaxTextLength ? dismissal.Text : dismissal.Text[..Dismissal.MaxTextLength],
                Reason = dismissal.Reason,
                DismissedBy = dismissal.DismissedBy,
                ComparisonName = dismissal.ComparisonName,
                DismissedAt = dismissal.DismissedAt,
            });
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

    public async Task<bool> RestoreAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var removed = await context.Dismissals.Where(d => d.Fingerprint == fingerprint).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            return removed > 0;
        }
    }
}

using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Storage;
using TranslationDiff.TestKit.Postgres;

namespace TranslationDiff.Infrastructure.Tests.Storage;

/// <summary>Editors' dismissals on each provider (subclasses); fingerprints are unique per test.</summary>
public abstract class DismissalStoreTests
{
    private readonly string _fingerprint = Guid.NewGuid().ToString("N")[..24];

    private protected abstract TestDatabase Database { get; }

    [Fact]
    public async Task DismissAsync_KeepsTheDismissal_ForLaterRunsAndOtherProcesses()
    {
        var added = await Store().DismissAsync(Dismissal("a place name, not a word"), CancellationToken.None);

        var again = Store();
        Assert.True(added);
        Assert.Contains(_fingerprint, await again.GetFingerprintsAsync(CancellationToken.None));
        var listed = Assert.Single(await again.ListAsync(CancellationToken.None), d => d.Fingerprint == _fingerprint);
        Assert.Equal(("named-entity", "en", "Donbass", "a place name, not a word", "editor", "korea-russia"), (listed.Check, listed.Language, listed.Text, listed.Reason, listed.DismissedBy, listed.ComparisonName));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero), listed.DismissedAt);
    }

    [Fact]
    public async Task DismissAsync_KeepsTheFirstDismissal_WhenTheSameFindingIsDismissedTwice()
    {
        var store = Store();
        await store.DismissAsync(Dismissal("first"), CancellationToken.None);

        var second = await store.DismissAsync(Dismissal("second"), CancellationToken.None);

        Assert.False(second);
        Assert.Equal("first", Assert.Single(await store.ListAsync(CancellationToken.None), d => d.Fingerprint == _fingerprint).Reason);
    }

    [Fact]
    public async Task RestoreAsync_TakesTheDismissalBack_AndSaysWhenThereWasNone()
    {
        var store = Store();
        await store.DismissAsync(Dismissal(null), CancellationToken.None);

        Assert.True(await store.RestoreAsync(_fingerprint, CancellationToken.None));
        Assert.False(await store.RestoreAsync(_fingerprint, CancellationToken.None));
        Assert.DoesNotContain(_fingerprint, await store.GetFingerprintsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DismissAsync_CutsAVeryLongFlaggedText_AndRefusesAnOverlongReason()
    {
        var store = Store();
        var longText = string.Concat(Enumerable.Repeat("a very long paragraph ", 200));

        await store.DismissAsync(Dismissal(null) with { Text = longText }, CancellationToken.None);

        Assert.Equal(longText[..Core.Storage.Dismissal.MaxTextLength], Assert.Single(await store.ListAsync(CancellationToken.None), d => d.Fingerprint == _fingerprint).Text);
        await Assert.ThrowsAsync<ArgumentException>(() => store.DismissAsync(Dismissal(new string('x', Core.Storage.Dismissal.MaxReasonLength + 1)) with { Fingerprint = "other" + _fingerprint[5..] }, CancellationToken.None));
    }

    private EfDismissalStore Store() => new(Database.Open());

    private Dismissal Dismissal(string? reason) =>
        new(_fingerprint, "named-entity", "en", "Donbass", reason, "editor", new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero)) { ComparisonName = "korea-russia" };
}

/// <summary>Dismissals on SQLite, a file per test.</summary>
public sealed class SqliteDismissalStoreTests : DismissalStoreTests, IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    private protected override TestDatabase Database => _database;

    public void Dispose() => _database.Dispose();
}

/// <summary>Dismissals on PostgreSQL, a database per class.</summary>
public sealed class PostgresDismissalStoreTests(PostgresFixture postgres) : DismissalStoreTests, IClassFixture<PostgresFixture>
{
    private readonly TestDatabase _database = TestDatabase.Postgres(postgres.ConnectionString);

    private protected override TestDatabase Database => _database;
}

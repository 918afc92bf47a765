namespace TranslationDiff.Infrastructure.Tests.Storage;

/// <summary>The comparison store and schema on SQLite, a file per test.</summary>
public sealed class SqliteComparisonStoreTests : ComparisonStoreTests, IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    private protected override TestDatabase Database => _database;

    public void Dispose() => _database.Dispose();
}

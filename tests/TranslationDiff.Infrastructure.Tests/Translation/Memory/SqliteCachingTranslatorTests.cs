using TranslationDiff.Infrastructure.Tests.Storage;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>The translation memory on SQLite, a file per test.</summary>
public sealed class SqliteCachingTranslatorTests : CachingTranslatorTests, IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    private protected override TestDatabase Database => _database;

    public void Dispose() => _database.Dispose();
}

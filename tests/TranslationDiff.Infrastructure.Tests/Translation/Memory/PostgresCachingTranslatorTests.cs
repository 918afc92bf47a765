using TranslationDiff.Infrastructure.Tests.Storage;
using TranslationDiff.TestKit.Postgres;

namespace TranslationDiff.Infrastructure.Tests.Translation.Memory;

/// <summary>The translation memory on PostgreSQL, a database per class.</summary>
public sealed class PostgresCachingTranslatorTests(PostgresFixture postgres) : CachingTranslatorTests, IClassFixture<PostgresFixture>
{
    private readonly TestDatabase _database = TestDatabase.Postgres(postgres.ConnectionString);

    private protected override TestDatabase Database => _database;
}

using TranslationDiff.TestKit.Postgres;

namespace TranslationDiff.Infrastructure.Tests.Storage;

/// <summary>The comparison store and schema on PostgreSQL, a database per class.</summary>
public sealed class PostgresComparisonStoreTests(PostgresFixture postgres) : ComparisonStoreTests, IClassFixture<PostgresFixture>
{
    private readonly TestDatabase _database = TestDatabase.Postgres(postgres.ConnectionString);

    private protected override TestDatabase Database => _database;
}

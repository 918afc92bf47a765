using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>For <c>dotnet ef migrations add ... --context SqliteTranslationDiffDbContext</c>; connects nowhere.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTranslationDiffDbContext>
{
    public SqliteTranslationDiffDbContext CreateDbContext(string[] args) =>
        new(ResultsDatabase.BuildOptions<SqliteTranslationDiffDbContext>(new StorageOptions { Provider = StorageOptions.Sqlite }, null));
}

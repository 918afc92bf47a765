using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>For <c>dotnet ef migrations add ... --context PostgresTranslationDiffDbContext</c>; connects nowhere.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTranslationDiffDbContext>
{
    public PostgresTranslationDiffDbContext CreateDbContext(string[] args) =>
        new(ResultsDatabase.BuildOptions<PostgresTranslationDiffDbContext>(
            new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "Host=localhost;Database=translationdiff_design" },
            null));
}

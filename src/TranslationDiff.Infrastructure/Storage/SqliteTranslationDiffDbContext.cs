using Microsoft.EntityFrameworkCore;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>The results database on SQLite; its migrations are in Storage/Migrations/Sqlite.</summary>
internal sealed class SqliteTranslationDiffDbContext(DbContextOptions<SqliteTranslationDiffDbContext> options)
    : TranslationDiffDbContext(options);

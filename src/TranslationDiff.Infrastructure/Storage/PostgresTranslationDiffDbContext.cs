using Microsoft.EntityFrameworkCore;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>The results database on PostgreSQL; its migrations are in Storage/Migrations/Postgres.</summary>
internal sealed class PostgresTranslationDiffDbContext(DbContextOptions<PostgresTranslationDiffDbContext> options)
    : TranslationDiffDbContext(options);

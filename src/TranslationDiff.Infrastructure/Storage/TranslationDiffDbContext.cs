using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TranslationDiff.Infrastructure.Storage.Entities;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// The results database: translation memory, engine usage, comparison runs and edition versions. One model for
/// both providers; each provider has a subclass only so that its migrations live apart
/// (<see cref="SqliteTranslationDiffDbContext"/>, <see cref="PostgresTranslationDiffDbContext"/>).
/// Tables and columns are snake_case; times are stored as UTC.
/// </summary>
internal abstract class TranslationDiffDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TranslationMemoryEntry> TranslationMemory => Set<TranslationMemoryEntry>();

    public DbSet<EngineUsageEntry> EngineUsage => Set<EngineUsageEntry>();

    public DbSet<ComparisonRunEntry> ComparisonRuns => Set<ComparisonRunEntry>();

    public DbSet<EditionVersionEntry> EditionVersions => Set<EditionVersionEntry>();

    public DbSet<RunEditionEntry> RunEditions => Set<RunEditionEntry>();

    public DbSet<DismissalEntry> Dismissals => Set<DismissalEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset; a UTC DateTime sorts as text there and is timestamptz in PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<TranslationMemoryEntry>(e =>
        {
            e.ToTable("translation_memory");
            e.Property(x => x.Engine).HasMaxLength(100);
            e.Property(x => x.EngineVersion).HasMaxLength(200);
            e.Property(x => x.SourceLanguage).HasMaxLength(35);
            e.Property(x => x.TargetLanguage).HasMaxLength(35);
            e.Property(x => x.SourceHash).HasMaxLength(64);
            e.Property(x => x.Route).HasMaxLength(200);
            e.HasIndex(x => new { x.Engine, x.EngineVersion, x.SourceLanguage, x.TargetLanguage, x.SourceHash }).IsUnique();
        });

        modelBuilder.Entity<EngineUsageEntry>(e =>
        {
            e.ToTable("engine_usage");
            e.Property(x => x.RunId).HasMaxLength(200);
            e.Property(x => x.ComparisonName).HasMaxLength(400);
            e.Property(x => x.Engine).HasMaxLength(100);
            e.HasIndex(x => new { x.RunId, x.Engine }).IsUnique();
        });

        modelBuilder.Entity<ComparisonRunEntry>(e =>
        {
            e.ToTable("comparison_runs");
            e.Property(x => x.Id).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(400);
            e.Property(x => x.PivotLanguage).HasMaxLength(35);
            e.Property(x => x.ReferenceLanguage).HasMaxLength(35);
            e.Property(x => x.Engine).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.Name, x.CreatedAt });
            e.HasMany(x => x.Editions).WithOne().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EditionVersionEntry>(e =>
        {
            e.ToTable("edition_versions");
            e.Property(x => x.Url).HasMaxLength(2048);
            e.Property(x => x.Language).HasMaxLength(35);
            e.Property(x => x.ContentHash).HasMaxLength(128);
            e.HasIndex(x => new { x.Url, x.ContentHash }).IsUnique();
        });

        modelBuilder.Entity<RunEditionEntry>(e =>
        {
            e.ToTable("run_editions");
            e.HasKey(x => new { x.RunId, x.EditionVersionId });
            e.HasOne(x => x.EditionVersion).WithMany().HasForeignKey(x => x.EditionVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DismissalEntry>(e =>
        {
            e.ToTable("dismissals");
            e.HasKey(x => x.Fingerprint);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.Check).HasMaxLength(100);
            e.Property(x => x.Language).HasMaxLength(35);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.DismissedBy).HasMaxLength(200);
            e.Property(x => x.ComparisonName).HasMaxLength(400);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName("pk_" + entity.GetTableName());
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC <see cref="DateTime"/>.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}

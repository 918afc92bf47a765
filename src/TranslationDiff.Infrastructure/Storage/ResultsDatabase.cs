using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// Opens contexts on the configured provider and brings the schema up to date (EF Core migrations of that
/// provider) once per process, before the first context is handed out. Safe to share; contexts are short-lived.
/// </summary>
internal sealed class ResultsDatabase
{
    private readonly StorageOptions _options;
    private readonly ILogger<ResultsDatabase> _logger;
    private readonly DbContextOptions _contextOptions;
    private readonly Lock _gate = new();
    private Task? _migration;

    public ResultsDatabase(IOptions<StorageOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options.Value;
        _logger = loggerFactory.CreateLogger<ResultsDatabase>();
        _contextOptions = _options.IsPostgres
            ? BuildOptions<PostgresTranslationDiffDbContext>(_options, loggerFactory)
            : BuildOptions<SqliteTranslationDiffDbContext>(_options, loggerFactory);
    }

    public string ProviderName => _options.IsPostgres ? StorageOptions.Postgres : StorageOptions.Sqlite;

    /// <summary>A new context, after the schema has been brought up to date.</summary>
    public async Task<TranslationDiffDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return Create();
    }

    /// <summary>Creates or upgrades the schema (once per process; again after a failure).</summary>
    public Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        Task migration;
        lock (_gate)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                // Shared by every caller, so not tied to the first caller's cancellation.
                _migration = MigrateAsync();
            }

            migration = _migration;
        }

        return migration.IsCompletedSuccessfully ? Task.CompletedTask : migration.WaitAsync(cancellationToken);
    }

    internal static DbContextOptions<TContext> BuildOptions<TContext>(StorageOptions options, ILoggerFactory? loggerFactory)
        where TContext : TranslationDiffDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        if (options.IsPostgres)
        {
            builder.UseNpgsql(options.EffectiveConnectionString);
        }
        else
        {
            builder.UseSqlite(options.EffectiveConnectionString);
        }

        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder.Options;
    }

    private async Task MigrateAsync()
    {
        if (_options.IsSqlite)
        {
            PrepareSqliteFile(_options.EffectiveConnectionString);
        }

        var context = Create();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.MigrateAsync().ConfigureAwait(false);
            if (_options.IsSqlite)
            {
                // Readers do not block the writer (several workers in one process share the file).
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
            }
        }

        _logger.LogInformation("Results database ready ({Provider})", ProviderName);
    }

    private TranslationDiffDbContext Create() => _options.IsPostgres
        ? new PostgresTranslationDiffDbContext((DbContextOptions<PostgresTranslationDiffDbContext>)_contextOptions)
        : new SqliteTranslationDiffDbContext((DbContextOptions<SqliteTranslationDiffDbContext>)_contextOptions);

    /// <summary>Creates the folder of a SQLite file ("Data Source=data/translationdiff.db" needs data/).</summary>
    private static void PrepareSqliteFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TranslationDiff.Infrastructure.Storage;

namespace TranslationDiff.Infrastructure.Tests.Storage;

/// <summary>Where a storage test keeps its data: a SQLite file in a temporary folder, or a PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;

    private TestDatabase(StorageOptions options, string? folder)
    {
        Options = options;
        _folder = folder;
    }

    internal StorageOptions Options { get; }

    /// <summary>A SQLite file of its own, deleted on dispose.</summary>
    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "td-sqlite-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return new TestDatabase(
            new StorageOptions { Provider = StorageOptions.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, "results.db")}" },
            folder);
    }

    /// <summary>A PostgreSQL database (see TestKit's PostgresFixture); the fixture drops it.</summary>
    public static TestDatabase Postgres(string connectionString) =>
        new(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString }, null);

    /// <summary>A new handle on the database, as another process or worker would have.</summary>
    internal ResultsDatabase Open() => new(Microsoft.Extensions.Options.Options.Create(Options), NullLoggerFactory.Instance);

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }
}

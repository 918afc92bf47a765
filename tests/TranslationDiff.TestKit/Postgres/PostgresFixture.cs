using Npgsql;
using Xunit;

namespace TranslationDiff.TestKit.Postgres;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class (<c>IClassFixture&lt;PostgresFixture&gt;</c>), dropped
/// afterwards. The server is the one in <c>TRANSLATIONDIFF_TEST_POSTGRES</c> (a connection string whose user may
/// create databases) when set, else a throwaway cluster this process starts from the PostgreSQL binaries
/// (initdb, pg_ctl). When neither works, initialisation throws and every test of the class fails, saying why.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string? _adminConnectionString;
    private string? _database;

    /// <summary>Connection string of this class's database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _adminConnectionString = await SharedPostgresServer.AcquireAsync().ConfigureAwait(false);
        _database = "td_test_" + Guid.NewGuid().ToString("N")[..16];
        var admin = new NpgsqlConnection(_adminConnectionString);
        await using (admin.ConfigureAwait(false))
        {
            await admin.OpenAsync().ConfigureAwait(false);
            var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await using (create.ConfigureAwait(false))
            {
                await create.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        try
        {
            if (_database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                var admin = new NpgsqlConnection(_adminConnectionString);
                await using (admin.ConfigureAwait(false))
                {
                    await admin.OpenAsync().ConfigureAwait(false);
                    var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
                    await using (drop.ConfigureAwait(false))
                    {
                        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            await SharedPostgresServer.ReleaseAsync().ConfigureAwait(false);
        }
    }
}

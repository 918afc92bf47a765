namespace TranslationDiff.TestKit.Postgres;

/// <summary>
/// The server the PostgreSQL tests of one test process share: the one named by
/// <c>TRANSLATIONDIFF_TEST_POSTGRES</c> when set, else a <see cref="ThrowawayCluster"/> started on first use and
/// stopped when its last user lets go.
/// </summary>
internal static class SharedPostgresServer
{
    public const string EnvironmentVariable = "TRANSLATIONDIFF_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ThrowawayCluster? _cluster;
    private static int _users;

    /// <summary>An admin connection string (a user that may create databases); call <see cref="ReleaseAsync"/> after.</summary>
    public static async Task<string> AcquireAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return external;
        }

        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            try
            {
                _cluster ??= await ThrowawayCluster.StartAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException(
                    "PostgreSQL tests need a server: none is configured (" + EnvironmentVariable + " is not set) and a throwaway "
                    + "cluster could not be started. " + ex.Message, ex);
            }

            _users++;
            return _cluster.AdminConnectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            return;
        }

        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (--_users == 0 && _cluster is not null)
            {
                await _cluster.DisposeAsync().ConfigureAwait(false);
                _cluster = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}

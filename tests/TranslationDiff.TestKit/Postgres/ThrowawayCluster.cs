using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TranslationDiff.TestKit.Postgres;

/// <summary>
/// A PostgreSQL cluster of its own for a test run: initdb into a temporary folder, a server on a free loopback
/// port with its socket in that folder, trust authentication for user "postgres"; stopped and deleted on
/// dispose. As root, the server runs as the "postgres" user (PostgreSQL refuses root) through runuser.
/// </summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);

    private readonly string _root;
    private readonly string _binaries;
    private readonly bool _asPostgresUser;

    private ThrowawayCluster(string root, string binaries, bool asPostgresUser)
    {
        _root = root;
        _binaries = binaries;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>Connection string of the "postgres" database as the superuser "postgres".</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server programs (initdb, pg_ctl) were not found on PATH nor in /usr/lib/postgresql/*/bin. "
            + "Install them (Debian: apt-get install postgresql) or set TRANSLATIONDIFF_TEST_POSTGRES to the connection "
            + "string of a server where the user may create databases.");
        var asPostgresUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        var root = Path.Combine(Path.GetTempPath(), "tdpg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var cluster = new ThrowawayCluster(root, binaries, asPostgresUser);
        try
        {
            await cluster.InitializeAsync().ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], throwOnError: false).ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A server that would not stop still holds files; the folder is in the temp directory.
        }
    }

    private async Task InitializeAsync()
    {
        if (_asPostgresUser)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false).ConfigureAwait(false);
        }

        await RunAsync(Tool("initdb"), ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]).ConfigureAwait(false);

        // The port is free when chosen but another process may take it before the server binds: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var options = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
            var (exitCode, output) = await RunAsync(
                Tool("pg_ctl"), ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options, "start"], throwOnError: false, captureOutput: false).ConfigureAwait(false);
            if (exitCode == 0)
            {
                AdminConnectionString = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Timeout = 30,
                }.ConnectionString;
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException(
                    $"The throwaway PostgreSQL server would not start (pg_ctl exit code {exitCode}). {output}\nServer log ({LogFile}):\n{ReadLog()}");
            }
        }
    }

    private string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log)";
        }
        catch (IOException ex)
        {
            return "(log unreadable: " + ex.Message + ")";
        }
    }

    private string Tool(string name) => Path.Combine(_binaries, name);

    private async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, bool throwOnError = true, bool asPostgres = true, bool captureOutput = true)
    {
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardOutput = captureOutput,
            RedirectStandardError = captureOutput,
            WorkingDirectory = _root,
        };
        if (asPostgres && _asPostgresUser)
        {
            info.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(a);
            }
        }
        else
        {
            info.FileName = program;
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        using var timeout = new CancellationTokenSource(CommandTimeout);
        var stdout = captureOutput ? process.StandardOutput.ReadToEndAsync(timeout.Token) : Task.FromResult(string.Empty);
        var stderr = captureOutput ? process.StandardError.ReadToEndAsync(timeout.Token) : Task.FromResult(string.Empty);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds} s.");
        }

        var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{info.FileName} {string.Join(' ', info.ArgumentList)} failed with exit code {process.ExitCode}: {output.Trim()}");
        }

        return (process.ExitCode, output);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder holding initdb and pg_ctl: PATH first, then the newest /usr/lib/postgresql/N/bin.</summary>
    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian))
        {
            return null;
        }

        return Directory.GetDirectories(debian)
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
            .Where(x => x.Version >= 0 && File.Exists(Path.Combine(x.Bin, "initdb")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin)
            .FirstOrDefault();
    }
}

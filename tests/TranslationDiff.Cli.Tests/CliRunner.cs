using System.Diagnostics;

namespace TranslationDiff.Cli.Tests;

/// <summary>Runs the built CLI in its own process, as a user would, and captures what it prints.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunWithDatabaseAsync(Path.Combine(Path.GetTempPath(), "td-cli-" + Guid.NewGuid().ToString("N") + ".db"), args);

    /// <summary>Runs the CLI on a given SQLite results database, for tests that span several runs.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithDatabaseAsync(string databasePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TranslationDiff.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        // Each run gets a results database of its own, so tests never share (or touch the user's) data/.
        start.Environment["Storage__ConnectionString"] = "Data Source=" + databasePath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static string RepositoryRoot() => TestKit.RepositoryPaths.Root();
}

using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace TranslationDiff.Infrastructure.Translation.Apertium;

/// <summary>
/// Runs a program with text on stdin and collects stdout and stderr, all UTF-8. Writing and both reads run
/// concurrently so that neither side can block on a full pipe. On timeout or cancellation the whole process
/// tree is killed (apertium is a shell script that starts a pipeline of a dozen programs).
/// </summary>
internal sealed class ProcessRunner(TimeProvider clock)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <paramref name="fileName"/>; throws <see cref="Win32Exception"/> when it cannot be started.</summary>
    public async Task<ProcessOutcome> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        process.Start();
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(linked.Token);
        var stderr = process.StandardError.ReadToEndAsync(linked.Token);
        try
        {
            await WriteInputAsync(process, input, linked.Token).ConfigureAwait(false);
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            return new ProcessOutcome(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), TimedOut: false);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            await KillAsync(process, stdout, stderr).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessOutcome(-1, string.Empty, string.Empty, TimedOut: true);
        }
    }

    /// <summary>Where <paramref name="binary"/> resolves to: itself when it is a path, else the first match on PATH; null when absent.</summary>
    public static string? Locate(string binary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(binary);
        if (binary.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || binary.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(binary) ? Path.GetFullPath(binary) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, binary))
            .FirstOrDefault(File.Exists);
    }

    private static async Task WriteInputAsync(Process process, string input, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken).ConfigureAwait(false);
            await process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program stopped reading (it failed early); its exit code and stderr tell why.
        }
    }

    /// <summary>Kills the tree, then waits (briefly) for the exit and the cancelled reads so nothing is left behind.</summary>
    private async Task KillAsync(Process process, params Task[] reads)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5), clock);
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            await Task.WhenAll(reads).WaitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The reads were cancelled with the run, or the process is slow to die; either way it has been told to.
        }
    }
}

using System.ComponentModel;
using TranslationDiff.Infrastructure.Translation.Apertium;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

public class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new(TimeProvider.System);

    [Fact]
    public async Task RunAsync_PassesLargeTextThroughWithoutDeadlock()
    {
        using var scratch = new ScratchDirectory();
        var cat = scratch.Script("echo-engine", "exec cat");
        var input = string.Concat(Enumerable.Repeat("Réponse « à » 42 — ça va ?\n", 40_000)); // ~1 MB, far beyond pipe buffers

        var outcome = await _runner.RunAsync(cat, [], input, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal(input, outcome.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_PassesArgumentsVerbatim()
    {
        using var scratch = new ScratchDirectory();
        var args = scratch.Script("args-engine", "printf '%s|' \"$@\"");

        var outcome = await _runner.RunAsync(args, ["-d", "/a dir/with spaces", "fr-es"], string.Empty, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal("-d|/a dir/with spaces|fr-es|", outcome.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_ReturnsExitCodeAndStandardError_WhenProgramFails()
    {
        using var scratch = new ScratchDirectory();
        var failing = scratch.Script("failing-engine", "echo 'cannot open fr-es.automorf.bin' >&2\nexit 3");

        var outcome = await _runner.RunAsync(failing, [], "texte", TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("cannot open fr-es.automorf.bin", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_KillsTheWholeProcessTree_WhenTheTimeoutExpires()
    {
        using var scratch = new ScratchDirectory();
        var pidFile = Path.Combine(scratch.Path, "pids");
        var hanging = scratch.Script("hanging-engine", $"sleep 300 &\necho $! > '{pidFile}'\nwait");

        var outcome = await _runner.RunAsync(hanging, [], "texte", TimeSpan.FromMilliseconds(500), CancellationToken.None);

        Assert.True(outcome.TimedOut);
        var child = await ProcessWatch.PidFromFileAsync(pidFile);
        Assert.True(await ProcessWatch.EventuallyAsync(() => !ProcessWatch.IsAlive(child), TimeSpan.FromSeconds(20)), "the engine's child survived");
    }

    [Fact]
    public async Task RunAsync_ThrowsOperationCanceled_AndKillsTheProcess_WhenCancelled()
    {
        using var scratch = new ScratchDirectory();
        var pidFile = Path.Combine(scratch.Path, "pid");
        var hanging = scratch.Script("hanging-engine", $"echo $$ > '{pidFile}'\nexec sleep 300");
        using var cancellation = new CancellationTokenSource();

        var run = _runner.RunAsync(hanging, [], "texte", TimeSpan.FromMinutes(5), cancellation.Token);
        var pid = await ProcessWatch.PidFromFileAsync(pidFile);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(await ProcessWatch.EventuallyAsync(() => !ProcessWatch.IsAlive(pid), TimeSpan.FromSeconds(20)), "the engine survived cancellation");
    }

    [Fact]
    public async Task RunAsync_ThrowsWin32Exception_WhenProgramCannotStart()
    {
        await Assert.ThrowsAsync<Win32Exception>(() => _runner.RunAsync("/nonexistent/apertium", [], "x", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public void Locate_FindsProgramOnPath_AndChecksExplicitPaths()
    {
        using var scratch = new ScratchDirectory();
        var script = scratch.Script("engine", "exit 0");

        Assert.Equal("/bin/sh", ProcessRunner.Locate("/bin/sh"));
        Assert.Equal(script, ProcessRunner.Locate(script));
        Assert.NotNull(ProcessRunner.Locate("sh"));
        Assert.Null(ProcessRunner.Locate("/nonexistent/apertium"));
        Assert.Null(ProcessRunner.Locate("apertium-no-such-program"));
    }
}

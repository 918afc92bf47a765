using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TranslationDiff.Infrastructure.Tests.Translation.Apertium;

/// <summary>
/// A real <c>apertium-apy</c> (Debian package apertium-apy) on a free loopback port, serving the installed
/// modes; started once for a test class, ready when <c>/listPairs</c> answers, killed on dispose.
/// </summary>
public sealed class ApyServerFixture : IAsyncLifetime
{
    private readonly StringBuilder _log = new();
    private Process? _process;
    private string? _workingDirectory;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _workingDirectory = Directory.CreateTempSubdirectory("td-apy-").FullName;
        var startInfo = new ProcessStartInfo("apertium-apy")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workingDirectory,
        };
        foreach (var argument in new[] { "-p", port.ToString(CultureInfo.InvariantCulture), ApertiumTestSetup.ModesDirectory })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("apertium-apy did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = await ProcessWatch.EventuallyAsync(async () => _process.HasExited || await AnswersAsync(http), TimeSpan.FromSeconds(60));
        if (!ready || _process.HasExited)
        {
            throw new InvalidOperationException($"apertium-apy did not answer on {BaseUrl}listPairs within 60 s. Its output:\n{Log}");
        }
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        if (_workingDirectory is not null)
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
    }

    /// <summary>A loopback port nothing listens on (the OS picks it; released just before use).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task<bool> AnswersAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(BaseUrl, "listPairs"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace TranslationDiff.TestKit.Http;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, answering with a handler the test supplies.
/// Records the paths asked for.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer(Func<HttpListenerContext, Task> handler)
    {
        _handler = handler;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    public List<string> Paths { get; } = [];

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // Close alone: on Linux the managed listener's Stop releases the port, and a Close after it looks the port up
        // again and binds it anew to remove the prefixes, failing with "Address already in use" once a parallel test
        // has taken that port.
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
        catch (HttpListenerException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            lock (Paths)
            {
                Paths.Add(context.Request.Url!.PathAndQuery);
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await _handler(context);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                }
                finally
                {
                    try
                    {
                        context.Response.Close();
                    }
                    catch (ObjectDisposedException)
                    {
                    }
                    catch (HttpListenerException)
                    {
                    }
                }
            });
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TranslationDiff.TestKit.Azure;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) that speaks the Azure Translator Text v3.0 wire format:
/// POST /translate (deterministic "[to] text" translations with sentLen), GET /languages (ETag and 304),
/// the JSON error body, the documented limits, and scripted faults. Every request is recorded.
/// Kestrel hosts it (not HttpListener) for port 0 binding, HTTP/1.1 as clients really meet it, and a clean
/// path to running it standalone (<see cref="StartAsync"/> takes a fixed port).
/// </summary>
public sealed class FakeAzureTranslatorServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeAzureRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private readonly Queue<FakeAzureFault> _faults = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _clock;
    private readonly FakeAzureProtocol _protocol;
    private WebApplication? _app;

    private FakeAzureTranslatorServer(FakeAzureTranslatorOptions options, TimeProvider clock)
    {
        Options = options;
        _clock = clock;
        _protocol = new FakeAzureProtocol(options);
    }

    public FakeAzureTranslatorOptions Options { get; }

    /// <summary>The endpoint to configure as <c>Translation:Azure:Endpoint</c> (includes <see cref="FakeAzureTranslatorOptions.BasePath"/>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>A snapshot of the requests received so far, in arrival order.</summary>
    public IReadOnlyList<FakeAzureRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>The /translate requests received so far.</summary>
    public IReadOnlyList<FakeAzureRequest> TranslateRequests => Requests.Where(r => r.Path == "/translate").ToList();

    /// <summary>Starts a server; <paramref name="clock"/> stamps requests (the system clock by default).</summary>
    public static async Task<FakeAzureTranslatorServer> StartAsync(
        FakeAzureTranslatorOptions? options = null, TimeProvider? clock = null, int port = 0)
    {
        var server = new FakeAzureTranslatorServer(options ?? new FakeAzureTranslatorOptions(), clock ?? TimeProvider.System);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server._app = app;
        server.Endpoint = new Uri(address.TrimEnd('/') + server.Options.BasePath.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Makes the next <paramref name="times"/> requests to <see cref="FakeAzureFault.Path"/> fail this way.</summary>
    public void FailNext(FakeAzureFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Enqueue(fault);
            }
        }
    }

    /// <summary>Replaces the language list (its ETag changes with it).</summary>
    public void SetLanguages(IReadOnlyList<string> languages) => _protocol.SetLanguages(languages);

    /// <summary>Completes when at least <paramref name="count"/> requests have arrived (fails after 30 s of real time).</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        Task wait;
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            wait = signal.Task;
        }

        await wait.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var path = context.Request.Path.Value ?? "/";
        if (Options.BasePath.Length > 0 && path.StartsWith(Options.BasePath.TrimEnd('/'), StringComparison.Ordinal))
        {
            path = path[Options.BasePath.TrimEnd('/').Length..];
        }

        var recorded = new FakeAzureRequest
        {
            Method = context.Request.Method,
            Path = path,
            Query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            Texts = path == "/translate" ? FakeAzureProtocol.TextsOf(body) ?? [] : [],
            ReceivedAt = _clock.GetUtcNow(),
        };
        var fault = Record(recorded);
        if (fault is not null && await ApplyFaultAsync(context, fault, recorded).ConfigureAwait(false))
        {
            return;
        }

        var (status, json, headers) = _protocol.Answer(context.Request.Method, path, recorded);
        await WriteAsync(context, recorded, status, json, headers).ConfigureAwait(false);
    }

    /// <summary>Applies a fault; false when the request should still be answered normally (after a slow start).</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, FakeAzureFault fault, FakeAzureRequest recorded)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        switch (fault.Kind)
        {
            case FakeAzureFaultKind.Hang:
                try
                {
                    await Task.Delay(Timeout.Infinite, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up or the server stops: nothing to answer.
                }

                return true;
            case FakeAzureFaultKind.Slow:
                try
                {
                    await Task.Delay(fault.Delay, linked.Token).ConfigureAwait(false);
                    return false;
                }
                catch (OperationCanceledException)
                {
                    return true;
                }

            case FakeAzureFaultKind.MalformedJson:
                await WriteAsync(context, recorded, 200, "[{\"translations\":[{\"text\":", new Dictionary<string, string>()).ConfigureAwait(false);
                return true;
            default:
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (fault.RetryAfterSeconds is { } seconds)
                {
                    headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await WriteAsync(context, recorded, fault.Status, FakeAzureProtocol.ErrorBody(fault.Code, fault.Message ?? "Error."), headers).ConfigureAwait(false);
                return true;
        }
    }

    private FakeAzureFault? Record(FakeAzureRequest recorded)
    {
        FakeAzureFault? fault = null;
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _requests.Add(recorded);
            if (_faults.TryPeek(out var next) && next.Path == recorded.Path)
            {
                fault = _faults.Dequeue();
            }

            ready = _waiters.Where(w => w.Count <= _requests.Count).Select(w => w.Signal).ToList();
            _waiters.RemoveAll(w => w.Count <= _requests.Count);
        }

        ready.ForEach(s => s.TrySetResult());
        return fault;
    }

    private static async Task WriteAsync(HttpContext context, FakeAzureRequest recorded, int status, string? json, IReadOnlyDictionary<string, string> headers)
    {
        recorded.Status = status;
        context.Response.StatusCode = status;
        context.Response.Headers["X-RequestId"] = Guid.NewGuid().ToString();
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
        }
    }
}

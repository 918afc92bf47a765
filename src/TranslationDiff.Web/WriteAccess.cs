using System.Security.Cryptography;
using System.Text;

namespace TranslationDiff.Web;

/// <summary>
/// Guards every endpoint that changes data: a request from this machine (loopback) may write; any other needs
/// <c>Authorization: Bearer KEY</c> with the key configured as <c>Web:ApiKey</c> (environment <c>Web__ApiKey</c> or
/// user-secrets, never appsettings). Without a configured key, writes are refused to other machines. A request a
/// proxy forwarded (X-Forwarded-For, Forwarded, X-Real-IP) is not taken as local even when it arrives on loopback.
/// </summary>
internal sealed class WriteAccess(IConfiguration configuration, ILogger<WriteAccess> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var remote = http.Connection.RemoteIpAddress;
        if (remote is not null && System.Net.IPAddress.IsLoopback(remote) && !Forwarded(http.Request.Headers))
        {
            return await next(context).ConfigureAwait(false);
        }

        var key = configuration["Web:ApiKey"];
        var header = http.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!string.IsNullOrEmpty(key) && header.StartsWith(Bearer, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Bearer.Length..].Trim()), Encoding.UTF8.GetBytes(key)))
        {
            return await next(context).ConfigureAwait(false);
        }

        logger.LogWarning("Refused a write from {Remote} to {Path}: not loopback and no valid API key", remote, http.Request.Path);
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Write access needs an API key",
            detail: string.IsNullOrEmpty(key)
                ? "Only this machine may change data: no Web:ApiKey is configured (set the environment variable Web__ApiKey to allow other machines)."
                : "Send the configured key as 'Authorization: Bearer KEY'.");
    }

    private static bool Forwarded(IHeaderDictionary headers) =>
        headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Real-IP");
}

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace TranslationDiff.Infrastructure.Fetching;

/// <summary>
/// Builds the fetcher's handler: the address check runs in the connect callback, on the address actually
/// connected to, so a host name that resolves (or re-resolves) to a private address is refused too.
/// </summary>
internal static class GuardedHandlerFactory
{
    public static SocketsHttpHandler Create(IOptions<FetchOptions> options)
    {
        var allowPrivate = options.Value.AllowPrivateNetworks;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
                var allowed = allowPrivate ? addresses : addresses.Where(NetworkAddressPolicy.IsPublic).ToArray();
                if (allowed.Length == 0)
                {
                    throw new BlockedAddressException(
                        $"{context.DnsEndPoint.Host} resolves to a private or local network address; set Fetching:AllowPrivateNetworks=true to allow it.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}

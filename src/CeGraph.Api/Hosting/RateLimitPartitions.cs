using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using CeGraph.Api.Hardening;
using CeGraph.Api.Security;

namespace CeGraph.Api.Hosting;

/// <summary>
/// Which bucket a request counts against: its API key (identified by <see cref="ApiKeyMiddleware"/>, which runs first), or
/// else its client address. An unknown or revoked key counts against the address, so guessing keys is limited too.
/// </summary>
public static class RateLimitPartitions
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static RateLimitPartition<string> For(HttpContext http, RateLimitingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled || http.Request.Path.StartsWithSegments(HealthRegistration.Path, StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var caller = http.RequestServices.GetService<CallerAccessor>()?.Caller;
        return caller?.KeyId is { } keyId
            ? FixedWindow($"key:{keyId}", settings.PermitsPerMinute)
            : FixedWindow($"address:{AddressKey(http.Connection.RemoteIpAddress)}", settings.AnonymousPermitsPerMinute);
    }

    /// <summary>The address as a bucket name: IPv4 as is, IPv6 by its /64 network (one subscriber usually holds a whole /64).</summary>
    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permitsPerMinute),
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}

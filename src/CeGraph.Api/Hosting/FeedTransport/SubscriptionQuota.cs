using System.Collections.Concurrent;
using CeGraph.Api.Feed;
using CeGraph.Api.Security;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>Counts open feed connections and subscriptions per API key (anonymous callers: per remote address), across both transports.</summary>
public sealed class SubscriptionQuota(IOptions<FeedSettings> settings)
{
    private readonly ConcurrentDictionary<string, Counts> counts = new(StringComparer.Ordinal);

    public static string KeyOf(Caller caller, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(http);
        return caller.KeyId is { } id ? $"key:{id}" : $"address:{http.Connection.RemoteIpAddress}";
    }

    public bool TryOpenConnection(string key) => TryTake(key, c => ref c.Connections, settings.Value.MaxConnectionsPerKey);

    public void CloseConnection(string key) => Give(key, c => ref c.Connections);

    public bool TryStartSubscription(string key) => TryTake(key, c => ref c.Subscriptions, settings.Value.MaxSubscriptionsPerKey);

    public void EndSubscription(string key) => Give(key, c => ref c.Subscriptions);

    private delegate ref int Field(Counts counts);

    private bool TryTake(string key, Field field, int limit)
    {
        var entry = counts.GetOrAdd(key, _ => new Counts());
        lock (entry)
        {
            ref var value = ref field(entry);
            if (value >= limit)
            {
                return false;
            }

            value++;
            return true;
        }
    }

    private void Give(string key, Field field)
    {
        if (counts.TryGetValue(key, out var entry))
        {
            lock (entry)
            {
                ref var value = ref field(entry);
                value = Math.Max(0, value - 1);
            }
        }
    }

    private sealed class Counts
    {
        public int Connections;

        public int Subscriptions;
    }
}

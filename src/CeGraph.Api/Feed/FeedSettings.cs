namespace CeGraph.Api.Feed;

/// <summary>The change feed's limits and timings (section <c>Subscriptions</c>; docs/hardening.md lists them).</summary>
public sealed class FeedSettings
{
    public const string Section = "Subscriptions";

    /// <summary>Open WebSocket/SSE connections per API key (anonymous callers: per remote address).</summary>
    public int MaxConnectionsPerKey { get; set; } = 20;

    /// <summary>Active subscriptions per API key across its connections (anonymous: per address).</summary>
    public int MaxSubscriptionsPerKey { get; set; } = 100;

    /// <summary>Seconds a WebSocket may stay open without <c>connection_init</c> (closed with 4408).</summary>
    public double ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds between server pings on an idle WebSocket (and SSE keep-alive comments); 0 turns them off.</summary>
    public double KeepAliveSeconds { get; set; } = 15;

    /// <summary>Largest message a client may send, in bytes (a larger one closes the socket with 1009).</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Events queued per subscription that the client has not taken yet; past it the client is slow and closed (1013).</summary>
    public int MaxQueuedEvents { get; set; } = 1000;

    /// <summary>Seconds between backstop reads of the log, in case a wake-up was lost.</summary>
    public double PollIntervalSeconds { get; set; } = 5;

    /// <summary>Entries read per query while catching up.</summary>
    public int ReadBatchSize { get; set; } = 500;
}

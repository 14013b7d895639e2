using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Feed;

/// <summary>The test app on a real loopback socket (WebSocket and SSE clients), with a short backstop poll and no keep-alive pings.</summary>
public class FeedKestrelApp : CeGraphTestApp
{
    public FeedKestrelApp() => Address = StartKestrel();

    /// <summary>The server's base address (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri Address { get; }

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Subscriptions:PollIntervalSeconds"] = "0.5";
        settings["Subscriptions:KeepAliveSeconds"] = "0";
    }
}

/// <summary><see cref="FeedKestrelApp"/> with room for only 4 live entries per subscriber: a client that stops reading is slow at once.</summary>
public sealed class SmallQueueFeedApp : FeedKestrelApp
{
    public const int MaxQueuedEvents = 4;

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Subscriptions:MaxQueuedEvents"] = MaxQueuedEvents.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

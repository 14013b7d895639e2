using System.Threading.Channels;
using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.Feed;

/// <summary>
/// One subscription's inbox of live entries from <see cref="CatalogFeedHub"/>: bounded, and never blocking the hub. When it
/// is full the subscriber is too slow; the inbox is closed with <see cref="SlowConsumerException"/> instead of growing.
/// </summary>
public sealed class FeedSubscriber : IDisposable
{
    private readonly Channel<CatalogChange> inbox;
    private readonly CancellationTokenSource stopping = new();
    private Exception? stopped;

    /// <param name="capacity">Live entries it may hold before it counts as slow.</param>
    /// <param name="keyId">The API key it reads with (null: anonymous); the hub stops it when that key is revoked.</param>
    public FeedSubscriber(int capacity, int? keyId = null)
    {
        KeyId = keyId;
        inbox = Channel.CreateBounded<CatalogChange>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public int? KeyId { get; }

    public ChannelReader<CatalogChange> Inbox => inbox.Reader;

    /// <summary>Why the subscriber was stopped (slow, key revoked), or null; checked before each delivery, so queued entries stay undelivered.</summary>
    public Exception? Stopped => Volatile.Read(ref stopped);

    /// <summary>Cancelled when the subscriber is stopped: a stream waiting for its client (the pacer) gives up at once.</summary>
    public CancellationToken StoppedToken => stopping.Token;

    public void Offer(CatalogChange entry)
    {
        if (!inbox.Writer.TryWrite(entry))
        {
            Stop(new SlowConsumerException());
        }
    }

    public void Stop(Exception reason)
    {
        if (Interlocked.CompareExchange(ref stopped, reason, null) is null)
        {
            inbox.Writer.TryComplete(reason);
            try
            {
                stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The stream already ended (the hub stopped it as it unsubscribed).
            }
        }
    }

    public void Dispose() => stopping.Dispose();
}

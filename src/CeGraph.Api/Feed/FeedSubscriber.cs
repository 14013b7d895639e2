using System.Threading.Channels;
using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.Feed;

/// <summary>
/// One subscription's inbox of live entries from <see cref="CatalogFeedHub"/>: bounded, and never blocking the hub. When it
/// is full the subscriber is too slow; the inbox is closed with <see cref="SlowConsumerException"/> instead of growing.
/// </summary>
public sealed class FeedSubscriber
{
    private readonly Channel<CatalogChange> inbox;

    public FeedSubscriber(int capacity)
    {
        inbox = Channel.CreateBounded<CatalogChange>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ChannelReader<CatalogChange> Inbox => inbox.Reader;

    public void Offer(CatalogChange entry)
    {
        if (!inbox.Writer.TryWrite(entry))
        {
            inbox.Writer.TryComplete(new SlowConsumerException());
        }
    }
}

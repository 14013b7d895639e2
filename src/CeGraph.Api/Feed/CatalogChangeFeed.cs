using CeGraph.Api.Data.Entities;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Feed;

/// <summary>
/// The source of one <c>catalogChanged</c> subscription. On subscribe it registers with the hub (so nothing committed from
/// then on can be missed), replays the log after the client's cursor, then forwards live entries; an entry at or below the
/// last one delivered is skipped, so the hand-over from replay to live has neither a gap nor a duplicate.
/// <para>A subscriber with an API key stops (<see cref="ApiKeyRevokedException"/>) once the key is revoked: the hub checks before
/// each live round, the replay before each batch.</para>
/// </summary>
public sealed class CatalogChangeFeed(
    CatalogFeedHub hub,
    CatalogChangeReader reader,
    KeyRevocationCheck keys,
    IOptions<FeedSettings> settings,
    CatalogChangeSelection selection,
    long? after,
    int? keyId,
    DeliveryPacer? pacer)
    : IObservable<CatalogChange>
{
    public IDisposable Subscribe(IObserver<CatalogChange> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var stop = new CancellationTokenSource();
        _ = RunAsync(observer, stop);
        return new Unsubscriber(stop);
    }

    private async Task RunAsync(IObserver<CatalogChange> observer, CancellationTokenSource stop)
    {
        var cancellationToken = stop.Token;
        var subscriber = new FeedSubscriber(settings.Value.MaxQueuedEvents, keyId);
        try
        {
            var live = await hub.RegisterAsync(subscriber, cancellationToken);
            var last = after ?? live;
            if (after is not null)
            {
                var batchSize = Math.Max(1, settings.Value.ReadBatchSize);
                List<CatalogChange> batch;
                do
                {
                    batch = await reader.ReadAsync(last, selection, batchSize, cancellationToken);
                    if (keyId is { } id && (await keys.RevokedAsync([id], cancellationToken)).Count > 0)
                    {
                        throw new ApiKeyRevokedException();
                    }

                    foreach (var entry in batch)
                    {
                        await EmitAsync(observer, entry, cancellationToken);
                        last = entry.Position;
                    }
                }
                while (batch.Count == batchSize);
            }

            // Stopping (slow, key revoked) also cancels a wait for the client's pacer: a client that does not read is not waited for.
            using var liveOrStopped = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscriber.StoppedToken);
            await foreach (var entry in subscriber.Inbox.ReadAllAsync(liveOrStopped.Token))
            {
                if (subscriber.Stopped is not null)
                {
                    break;
                }

                if (entry.Position <= last)
                {
                    continue;
                }

                last = entry.Position;
                if (selection.Matches(entry))
                {
                    await EmitAsync(observer, entry, liveOrStopped.Token);
                }
            }

            if (subscriber.Stopped is { } reason)
            {
                observer.OnError(reason);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: nobody is listening any more.
        }
        catch (OperationCanceledException) when (subscriber.Stopped is { } reason)
        {
            observer.OnError(reason);
        }
#pragma warning disable CA1031 // Any failure ends this one stream (slow consumer, database gone); the transport reports it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            observer.OnError(exception);
        }
        finally
        {
            hub.Unregister(subscriber);
            subscriber.Dispose();
            stop.Dispose();
        }
    }

    private async Task EmitAsync(IObserver<CatalogChange> observer, CatalogChange entry, CancellationToken cancellationToken)
    {
        if (pacer is not null)
        {
            await pacer.TakeAsync(cancellationToken);
        }

        observer.OnNext(entry);
    }

    private sealed class Unsubscriber(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The stream already ended on its own.
            }
        }
    }
}

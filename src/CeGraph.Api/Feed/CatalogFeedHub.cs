using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Feed;

/// <summary>
/// This node's one tail reader of the log: woken by <see cref="CatalogChangeSignal"/> (local commits, PostgreSQL NOTIFY) or
/// by the backstop poll, it reads every new entry once, in position order, and offers it to each live subscriber. One
/// query per wake-up however many subscribers there are; subscribers filter in memory with the same predicate as SQL.
/// Each round also asks once which of the subscribers' API keys were revoked, after reading and before offering, so a key
/// revoked on any node gets nothing committed after its revocation; its subscribers are stopped.
/// </summary>
public sealed class CatalogFeedHub(
    CatalogChangeReader reader, CatalogChangeSignal signal, KeyRevocationCheck keys, IOptions<FeedSettings> settings, ILogger<CatalogFeedHub> logger)
    : BackgroundService
{
    private readonly Lock gate = new();
    private readonly HashSet<FeedSubscriber> subscribers = [];
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long position;

    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count;
            }
        }
    }

    /// <summary>
    /// Adds a subscriber and returns the position the hub has delivered up to: every entry after it reaches the subscriber
    /// through <see cref="FeedSubscriber.Offer"/>, so reading the log up to the live stream leaves no gap.
    /// </summary>
    public async Task<long> RegisterAsync(FeedSubscriber subscriber, CancellationToken cancellationToken)
    {
        await started.Task.WaitAsync(cancellationToken);
        lock (gate)
        {
            subscribers.Add(subscriber);
            return position;
        }
    }

    public void Unregister(FeedSubscriber subscriber)
    {
        lock (gate)
        {
            subscribers.Remove(subscriber);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                position = await reader.LastPositionAsync(stoppingToken);
                break;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogReadFailure(exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }

        started.TrySetResult();
        var poll = TimeSpan.FromSeconds(Math.Max(0.1, settings.Value.PollIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before reading: a pulse that arrives while this batch is read still wakes the next round.
            var pulse = signal.NextPulse;
            try
            {
                await DeliverNewEntriesAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed, the hub keeps running: an exception escaping ExecuteAsync would stop the whole host.
                LogReadFailure(exception);
            }

            try
            {
                await pulse.WaitAsync(poll, stoppingToken);
            }
            catch (TimeoutException)
            {
                // The backstop poll: a lost notification delays delivery by at most this interval.
            }
        }
    }

    private async Task DeliverNewEntriesAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, settings.Value.ReadBatchSize);
        while (true)
        {
            var batch = await reader.ReadAsync(position, null, batchSize, cancellationToken);
            await StopRevokedAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            lock (gate)
            {
                foreach (var entry in batch)
                {
                    Offer(entry);
                    position = entry.Position;
                }
            }

            if (batch.Count < batchSize)
            {
                return;
            }
        }
    }

    private async Task StopRevokedAsync(CancellationToken cancellationToken)
    {
        List<int> keyIds;
        lock (gate)
        {
            keyIds = [.. subscribers.Where(s => s.KeyId is not null).Select(s => s.KeyId!.Value).Distinct()];
        }

        var revoked = await keys.RevokedAsync(keyIds, cancellationToken);
        if (revoked.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            foreach (var subscriber in subscribers.Where(s => s.KeyId is { } id && revoked.Contains(id)).ToList())
            {
                subscriber.Stop(new ApiKeyRevokedException());
                subscribers.Remove(subscriber);
            }
        }
    }

    /// <summary>A database that is down or busy is expected now and then (a warning); anything else is a fault (an error).</summary>
    private void LogReadFailure(Exception exception)
    {
        var level = Data.DatabaseFailure.IsDatabaseProblem(exception) ? LogLevel.Warning : LogLevel.Error;
        logger.Log(level, exception, "The change feed could not read the log; retrying.");
    }

    private void Offer(CatalogChange entry)
    {
        foreach (var subscriber in subscribers)
        {
            subscriber.Offer(entry);
        }
    }
}

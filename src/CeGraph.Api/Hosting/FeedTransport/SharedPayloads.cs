using System.Collections.Concurrent;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>
/// The serialised result of one change-log entry for one share key (<see cref="FeedExecutor.ShareKeyOf"/>: the same document,
/// operation, variables and visibility class), produced by the first subscriber that reaches the entry and reused by every
/// other one. Bounded: the oldest entries leave first; a subscriber that reaches an evicted entry (a long replay) simply
/// produces it again.
/// </summary>
public sealed class SharedPayloads
{
    /// <summary>Entries kept: enough for every live subscription to pick up a burst of commits before they are evicted.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Key, long Position), Lazy<Task<string?>>> entries = new();
    private readonly ConcurrentQueue<(string Key, long Position)> order = new();
    private long produced;

    /// <summary>How many payloads were produced (executed and serialised) rather than shared; for tests and benchmarks.</summary>
    public long Produced => Interlocked.Read(ref produced);

    /// <summary>
    /// The shared payload of <paramref name="position"/> under <paramref name="key"/>, produced by <paramref name="produce"/> when
    /// nobody has yet. Null when the producer could not make a shareable payload (an error): the caller then executes on its own.
    /// </summary>
    public async Task<string?> GetOrProduceAsync(string key, long position, Func<Task<string?>> produce)
    {
        ArgumentNullException.ThrowIfNull(produce);
        var id = (key, position);
        while (true)
        {
            if (entries.TryGetValue(id, out var existing))
            {
                return await existing.Value;
            }

            var created = new Lazy<Task<string?>>(() => ProduceAsync(produce), LazyThreadSafetyMode.ExecutionAndPublication);
            if (!entries.TryAdd(id, created))
            {
                continue;
            }

            order.Enqueue(id);
            while (order.Count > Capacity && order.TryDequeue(out var oldest))
            {
                entries.TryRemove(oldest, out _);
            }

            var payload = await created.Value;
            if (payload is null)
            {
                // Not shareable (the producer's own failure, e.g. its cancellation): later subscribers try again.
                entries.TryRemove(new KeyValuePair<(string, long), Lazy<Task<string?>>>(id, created));
            }

            return payload;
        }
    }

    private async Task<string?> ProduceAsync(Func<Task<string?>> produce)
    {
        Interlocked.Increment(ref produced);
        try
        {
            return await produce();
        }
#pragma warning disable CA1031 // A producer's failure must not become every sharer's failure: each then executes on its own.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}

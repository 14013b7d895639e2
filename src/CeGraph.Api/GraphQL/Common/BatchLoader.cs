using CeGraph.Api.Data;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET parks their <see cref="IDataLoaderResult"/>s, then
/// fetches them all at once (one query, on the request's <see cref="RequestReads"/>) when the first result is awaited.
/// Results are cached for the rest of the request. Thread-safe: the parallel strategy awaits parked results concurrently.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    /// <summary>A loader whose batches run on the request's shared read context (<see cref="RequestReads"/>).</summary>
    public BatchLoader(
        RequestReads reads,
        Func<CeGraphDbContext, IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> query)
        : this((keys, cancellationToken) => reads.RunAsync((db, ct) => query(db, keys, ct), cancellationToken))
    {
        ArgumentNullException.ThrowIfNull(reads);
    }

    private readonly Lock _gate = new();
    private readonly List<TKey> _pending = [];
    private readonly HashSet<TKey> _pendingSet = [];
    private readonly Dictionary<TKey, Task<Dictionary<TKey, TValue>>> _batches = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(key) && _pendingSet.Add(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private Task<Dictionary<TKey, TValue>> BatchFor(TKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_batches.TryGetValue(key, out var existing))
            {
                return existing;
            }

            if (_pendingSet.Add(key))
            {
                _pending.Add(key);
            }

            var keys = _pending.ToArray();
            _pending.Clear();
            _pendingSet.Clear();
            var batch = RunAsync(keys, cancellationToken);
            foreach (var pendingKey in keys)
            {
                _batches[pendingKey] = batch;
            }

            return batch;
        }
    }

    private async Task<Dictionary<TKey, TValue>> RunAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await Task.Yield(); // leave the lock before any work starts
        return await fetch(keys, cancellationToken);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.BatchFor(key, cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Common;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a parked result once it is available, keeping it parked (and so batched) until then.</summary>
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, TResult> map) =>
        new Mapped<TSource, TResult>(source, map);

    private sealed class Mapped<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Common;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a parked result once it is available, keeping it parked (and so batched) until then.</summary>
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, TResult> map) =>
        new Mapped<TSource, TResult>(source, map);

    /// <summary>
    /// Chains a second batched load on the result of the first. Through the untyped interface the execution strategy
    /// receives the second result un-awaited and parks it too, so the second loads are batched as well.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, IDataLoaderResult<TResult>> next) =>
        new Chained<TSource, TResult>(source, next);

    private sealed class Mapped<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Chained<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, IDataLoaderResult<TResult>> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await source.GetResultAsync(cancellationToken)).GetResultAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            next(await source.GetResultAsync(cancellationToken));
    }
}

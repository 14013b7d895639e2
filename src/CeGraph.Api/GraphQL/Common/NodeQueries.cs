using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: fetch any object by its global id, batched per type.</summary>
public sealed class NodeQueries(IEnumerable<INodeResolver> resolvers) : IQueryFields
{
    public const int MaxIds = 100;
    private readonly Dictionary<string, INodeResolver> _byType = resolvers.ToDictionary(r => r.TypeName, StringComparer.Ordinal);

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterface>("node")
            .Description("The object with this global id, or null when the id is unknown or not visible to the caller.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, as returned by any `id` field.")
            .Resolve(ctx => Resolve(ctx, ctx.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"The objects with these global ids, in the same order; null for each unknown or invisible id. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new UserInputError($"`nodes` takes at most {MaxIds} ids; it was given {ids.Count}.");
                }

                return new AllResults([.. ids.Select(id => Resolve(ctx, id))]);
            });
    }

    private IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string id) =>
        GlobalId.TryDecode(id, out var type, out var key) && _byType.TryGetValue(type, out var resolver)
            ? resolver.Load(context, key)
            : null;

    /// <summary>Waits for each parked load (they were all queued first, so each type is fetched in one batch).</summary>
    private sealed class AllResults(IReadOnlyList<IDataLoaderResult<object?>?> parts) : IDataLoaderResult<object?[]>
    {
        public async Task<object?[]> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new object?[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                values[i] = parts[i] is { } part ? await part.GetResultAsync(cancellationToken) : null;
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

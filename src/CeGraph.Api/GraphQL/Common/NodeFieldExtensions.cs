using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public static class NodeFieldExtensions
{
    /// <summary>Makes the type implement <c>Node</c> with an <c>id</c> built from the entity key.</summary>
    public static void ImplementNode<TSource>(this ObjectGraphType<TSource> type, string typeName, Func<TSource, int> key)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The {typeName}'s global id (opaque).")
            .Resolve(ctx => GlobalId.Encode(typeName, key(ctx.Source)));
    }

    public static CatalogLoaders Loaders(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CatalogLoaders>();

    /// <summary>The request's shared read context.</summary>
    public static Data.RequestReads Reads(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Data.RequestReads>();
}

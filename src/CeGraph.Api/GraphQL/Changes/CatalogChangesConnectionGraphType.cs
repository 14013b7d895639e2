using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace CeGraph.Api.GraphQL.Changes;

/// <summary>A page of the change log.</summary>
public sealed record CatalogChangesPage(IReadOnlyList<CatalogChange> Entries, PageInfo PageInfo);

public sealed class CatalogChangesConnectionGraphType : ObjectGraphType<CatalogChangesPage>
{
    public CatalogChangesConnectionGraphType()
    {
        Name = "CatalogChangesConnection";
        Description = "A page of the change log in commit order. Store `pageInfo.endCursor` and pass it as `after` next time (even for an empty page, keep the old one).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogChangeEdgeGraphType>>>>("edges")
            .Description("The page's entries, each with its cursor.").Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogChangeGraphType>>>>("nodes")
            .Description("The page's entries.").Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more entries follow, and the cursors.").Resolve(ctx => ctx.Source.PageInfo);
    }
}

public sealed class CatalogChangeEdgeGraphType : ObjectGraphType<CatalogChange>
{
    public CatalogChangeEdgeGraphType()
    {
        Name = "CatalogChangesEdge";
        Description = "A change-log entry with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this entry.")
            .Resolve(ctx => CatalogChangeCursor.Encode(ctx.Source.Position));
        Field<NonNullGraphType<CatalogChangeGraphType>>("node").Description("The entry.").Resolve(ctx => ctx.Source);
    }
}

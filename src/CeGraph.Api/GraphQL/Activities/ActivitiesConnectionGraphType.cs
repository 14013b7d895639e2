using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivitiesConnectionGraphType : ObjectGraphType<ActivityPage>
{
    public ActivitiesConnectionGraphType()
    {
        Name = "ActivitiesConnection";
        Description = "A page of activities with cursors (keyset paging; at most 100 per page).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityEdgeGraphType>>>>("edges")
            .Description("The page's activities, each with its cursor.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityGraphType>>>>("nodes")
            .Description("The page's activities, without cursors.").Resolve(ctx => ctx.Source.Edges.Select(e => e.Node).ToArray());
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where the page lies in the whole result.").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many activities match the filter in all (counted only when selected).")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
    }
}

public sealed class ActivityEdgeGraphType : ObjectGraphType<ActivityEdge>
{
    public ActivityEdgeGraphType()
    {
        Name = "ActivitiesEdge";
        Description = "An activity with its cursor.";
        Field(e => e.Cursor).Description("An opaque cursor for `after`/`before`; valid only with the same `order`.");
        Field<NonNullGraphType<ActivityGraphType>>("node").Description("The activity.").Resolve(ctx => ctx.Source.Node);
    }
}

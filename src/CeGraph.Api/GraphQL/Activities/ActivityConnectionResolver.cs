using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>Adds an <c>ActivitiesConnection</c> field (root <c>activities</c>, <c>Sponsor.activities</c>) with the shared arguments.</summary>
public sealed class ActivityConnectionResolver(ActivityCountCache counts)
{
    public void AddConnectionField(IComplexGraphType type, string name, string description, Func<IResolveFieldContext, int?> sponsorScope)
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(ActivitiesConnectionGraphType),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Return the first n activities after `after` (0 to 100; default 10)." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Start after this cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Return the last n activities before `before` (0 to 100)." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "End before this cursor." },
                new QueryArgument<ActivityFilterInputGraphType> { Name = "where", Description = "Which activities to return." },
                new QueryArgument<ListGraphType<NonNullGraphType<ActivitySortInputGraphType>>>
                {
                    Name = "order",
                    Description = "Sort keys, most significant first; the id breaks ties. Default: by id.",
                }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var request = ActivityPageRequest.From(ctx);
                var sponsorId = sponsorScope(ctx);
                var caller = ctx.Caller();
                IQueryable<Activity> Scope(IQueryable<Activity> q) =>
                    ActivityVisibility.Apply(sponsorId is int id ? q.Where(a => a.SponsorId == id) : q, caller);
                var countKey = ActivityCountCache.KeyFor(caller, sponsorId, request.FilterKey);
                return await ActivityPager.LoadAsync(ctx.Reads(), Scope, request, counts, countKey, ctx.CancellationToken);
            }),
        };
        type.AddField(field);
    }
}

using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityQueries(ActivityConnectionResolver connection) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ActivityGraphType>("activity")
            .Description("The activity with this code, or null when there is none or the caller may not see it (unpublished activities: their sponsor, REVIEWER and ADMIN).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The activity code; matched exactly.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                var caller = ctx.Caller();
                return await ctx.Reads().RunAsync((db, ct) => ActivityVisibility.Apply(db.Activities.AsNoTracking(), caller).FirstOrDefaultAsync(a => a.Code == code, ct), ctx.CancellationToken);
            });
        connection.AddConnectionField(query, "activities", "Activities as a cursor connection: keyset-paged, filtered by `where`, ordered by `order`.", _ => null);
    }
}

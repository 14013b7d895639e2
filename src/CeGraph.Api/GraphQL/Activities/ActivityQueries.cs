using CeGraph.Api.Data;
using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityQueries(IDbContextFactory<CeGraphDbContext> contextFactory, ActivityConnectionResolver connection) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ActivityGraphType>("activity")
            .Description("The activity with this code, or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The activity code; matched exactly.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                await using var db = await contextFactory.CreateDbContextAsync(ctx.CancellationToken);
                return await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ctx.CancellationToken);
            });
        connection.AddConnectionField(query, "activities", "Activities as a cursor connection: keyset-paged, filtered by `where`, ordered by `order`.", _ => null);
    }
}

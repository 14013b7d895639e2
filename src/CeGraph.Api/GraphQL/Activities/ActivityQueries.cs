using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityQueries(ActivityConnectionResolver connection) : IQueryFields
{
    /// <summary>
    /// Compiled once: the lookup runs on every <c>activity(code:)</c>, and EF Core's per-run query preparation cost more than
    /// the lookup. The sponsor comes joined on its key (<c>Activity.sponsor</c> then needs no statement of its own).
    /// </summary>
    private static readonly CompiledQuery<Func<CeGraphDbContext, string, CancellationToken, Task<Activity?>>> ByCode = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, string code, CancellationToken ct) => db.Activities.AsNoTracking().Include(a => a.Sponsor).FirstOrDefault(a => a.Code == code)));

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
                var activity = await ctx.Reads().RunAsync((db, ct) => ByCode.For(db)(db, code, ct), ctx.CancellationToken);
                return activity is not null && ActivityVisibility.CanSee(caller, activity) ? activity : null;
            });
        connection.AddConnectionField(query, "activities", "Activities as a cursor connection: keyset-paged, filtered by `where`, ordered by `order`.", _ => null);
    }
}

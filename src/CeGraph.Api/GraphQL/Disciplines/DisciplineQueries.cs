using CeGraph.Api.Data;
using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Disciplines;

public sealed class DisciplineQueries(IDbContextFactory<CeGraphDbContext> contextFactory) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisciplineGraphType>>>>("disciplines")
            .Description("Every discipline, ordered by code.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await contextFactory.CreateDbContextAsync(ctx.CancellationToken);
                return await db.Disciplines.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ctx.CancellationToken);
            });
        query.Field<DisciplineGraphType>("discipline")
            .Description("The discipline with this code (e.g. `CT`), or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The discipline code; matched exactly.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                await using var db = await contextFactory.CreateDbContextAsync(ctx.CancellationToken);
                return await db.Disciplines.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ctx.CancellationToken);
            });
    }
}

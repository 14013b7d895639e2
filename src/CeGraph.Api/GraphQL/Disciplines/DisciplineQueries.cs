using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Disciplines;

public sealed class DisciplineQueries : IQueryFields
{
    // Compiled once and read on the request's shared context: every outline page starts here.
    private static readonly CompiledQuery<Func<CeGraphDbContext, IAsyncEnumerable<Discipline>>> All = new(() =>
        EF.CompileAsyncQuery<CeGraphDbContext, Discipline>(db => db.Disciplines.AsNoTracking().OrderBy(d => d.Code)));

    private static readonly CompiledQuery<Func<CeGraphDbContext, string, CancellationToken, Task<Discipline?>>> ByCode = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, string code, CancellationToken ct) => db.Disciplines.AsNoTracking().FirstOrDefault(d => d.Code == code)));

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisciplineGraphType>>>>("disciplines")
            .Description("Every discipline, ordered by code.")
            .ResolveAsync(async ctx => await ctx.Reads().RunAsync(async (db, ct) =>
            {
                var disciplines = new List<Discipline>();
                await foreach (var discipline in All.For(db)(db).WithCancellation(ct))
                {
                    disciplines.Add(discipline);
                }

                return disciplines;
            }, ctx.CancellationToken));
        query.Field<DisciplineGraphType>("discipline")
            .Description("The discipline with this code (e.g. `CT`), or null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The discipline code; matched exactly.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await ctx.Reads().RunAsync((db, ct) => ByCode.For(db)(db, code, ct), ctx.CancellationToken);
            });
    }
}

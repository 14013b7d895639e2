using CeGraph.Api.Data;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Coverage;

public sealed class CoverageQueries(IDbContextFactory<CeGraphDbContext> contextFactory, TimeProvider clock) : IQueryFields
{
    public const int MaxActivityCodes = 1000;

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<CoverageReportGraphType>("coverage")
            .Description("Credits and activity counts for every category of a discipline's outline (the version in effect today). Null when the discipline or outline does not exist.")
            .Argument<NonNullGraphType<StringGraphType>>("disciplineCode", "The discipline, e.g. `CT`.")
            .Argument<NonNullGraphType<OutlineKindGraphType>>("kind", "The outline kind.")
            .Argument<StringGraphType>("sponsorCode", "Only this sponsor's activities.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("activityCodes", $"Only these activities (at most {MaxActivityCodes}).")
            .ResolveAsync(async ctx =>
            {
                var codes = ctx.GetArgument<List<string>?>("activityCodes");
                if (codes?.Count > MaxActivityCodes)
                {
                    throw new UserInputError($"`activityCodes` takes at most {MaxActivityCodes} codes.");
                }

                await using var db = await contextFactory.CreateDbContextAsync(ctx.CancellationToken);
                var disciplineCode = ctx.GetArgument<string>("disciplineCode");
                var discipline = await db.Disciplines.AsNoTracking().FirstOrDefaultAsync(d => d.Code == disciplineCode, ctx.CancellationToken);
                if (discipline is null)
                {
                    return null;
                }

                var outlines = await db.Outlines.AsNoTracking().Where(o => o.DisciplineId == discipline.Id).ToListAsync(ctx.CancellationToken);
                var outline = OutlineVersions.InEffect(outlines, ctx.GetArgument<OutlineKind>("kind"), clock.UtcToday());
                if (outline is null)
                {
                    return null;
                }

                var sponsorCode = ctx.GetArgument<string?>("sponsorCode");
                int? sponsorId = null;
                if (sponsorCode is not null)
                {
                    sponsorId = await db.Sponsors.AsNoTracking().Where(s => s.Code == sponsorCode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ctx.CancellationToken)
                        ?? throw new UserInputError($"No sponsor has code '{sponsorCode}'.");
                }

                var categories = await db.Categories.AsNoTracking().Where(c => c.OutlineId == outline.Id).OrderBy(c => c.Ordinal).ToListAsync(ctx.CancellationToken);
                return await CoverageCalculator.CalculateAsync(db, discipline, outline, categories, sponsorId, codes, ctx.CancellationToken);
            });
    }
}

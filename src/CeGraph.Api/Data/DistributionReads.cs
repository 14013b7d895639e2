using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data;

/// <summary>
/// Distributions with their discipline and lines in one statement, read as flat rows (one per line) and put together here.
/// <c>Include(d =&gt; d.Lines)</c> reads the same rows, but EF Core 10's no-tracking collection include builds fix-up
/// delegates on every run (the catalogue page's profile: <c>DynamicMethod.CreateDelegate</c> and their JIT under every
/// <c>ToListAsync</c>); the flat projection's shaper is compiled once.
/// </summary>
public static class DistributionReads
{
    private static readonly CompiledQuery<Func<CeGraphDbContext, int[], IAsyncEnumerable<FlatRow>>> OfActivities = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, int[] activityIds) =>
            from d in db.Distributions.AsNoTracking()
            where activityIds.Contains(d.ActivityId)
            join l in db.Allocations.AsNoTracking() on d.Id equals l.DistributionId into lines
            from l in lines.DefaultIfEmpty()
            select new FlatRow(d, d.Discipline!, l)));

    private static readonly CompiledQuery<Func<CeGraphDbContext, int[], IAsyncEnumerable<FlatRow>>> WithIds = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, int[] ids) =>
            from d in db.Distributions.AsNoTracking()
            where ids.Contains(d.Id)
            join l in db.Allocations.AsNoTracking() on d.Id equals l.DistributionId into lines
            from l in lines.DefaultIfEmpty()
            select new FlatRow(d, d.Discipline!, l)));

    /// <summary>The distributions of these activities (compiled once: it runs on every page).</summary>
    public static Task<List<CreditDistribution>> OfActivitiesAsync(CeGraphDbContext db, IEnumerable<int> activityIds, CancellationToken cancellationToken) =>
        AssembleAsync(OfActivities.For(db)(db, [.. activityIds]), cancellationToken);

    public static Task<List<CreditDistribution>> WithIdsAsync(CeGraphDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken) =>
        AssembleAsync(WithIds.For(db)(db, [.. ids]), cancellationToken);

    private static async Task<List<CreditDistribution>> AssembleAsync(IAsyncEnumerable<FlatRow> rows, CancellationToken cancellationToken)
    {
        var result = new List<CreditDistribution>();
        var byId = new Dictionary<int, CreditDistribution>();
        var disciplines = new Dictionary<int, Discipline>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!byId.TryGetValue(row.Distribution.Id, out var distribution))
            {
                distribution = row.Distribution;
                distribution.Discipline = disciplines.TryGetValue(row.Discipline.Id, out var seen) ? seen : disciplines[row.Discipline.Id] = row.Discipline;
                byId.Add(distribution.Id, distribution);
                result.Add(distribution);
            }

            if (row.Line is { } line)
            {
                distribution.Lines.Add(line);
            }
        }

        return result;
    }

    private sealed record FlatRow(CreditDistribution Distribution, Discipline Discipline, CreditAllocation? Line);
}

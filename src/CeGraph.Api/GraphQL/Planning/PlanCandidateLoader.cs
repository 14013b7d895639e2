using CeGraph.Api.Data;
using CeGraph.Api.Facts;
using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>
/// Loads the activities a plan may add, in one query over distribution lines: only DISTRIBUTED activities with a distribution
/// for the requirement's discipline and outline kind, not expired before <c>asOf</c>, of the given sponsors (when any), and
/// only what the planner needs — the activity's code, credits and expiry, and each line's category and credits. Category
/// codes come from a second, small query over every version of that outline kind (lines may name another version's category).
/// Each activity becomes an <see cref="ActivityFact"/> holding just that one distribution (a distribution without lines would
/// add nothing to any rule, so it is not loaded).
/// </summary>
public static class PlanCandidateLoader
{
    public static async Task<IReadOnlyList<ActivityFact>> LoadAsync(
        CeGraphDbContext db, int disciplineId, string disciplineCode, OutlineKind kind, DateOnly asOf, IReadOnlyCollection<int>? sponsorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var categoryCodes = await db.Categories.AsNoTracking()
            .Where(c => c.Outline!.DisciplineId == disciplineId && c.Outline.Kind == kind)
            .Select(c => new { c.Id, c.Code })
            .ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        var outlineVersions = await db.Outlines.AsNoTracking()
            .Where(o => o.DisciplineId == disciplineId && o.Kind == kind)
            .ToDictionaryAsync(o => o.Id, o => o.Version, cancellationToken);

        var lines = db.Allocations.AsNoTracking()
            .Where(l => l.Distribution!.DisciplineId == disciplineId
                && l.Distribution.Kind == kind
                && l.Distribution.Activity!.Status == ActivityStatus.Distributed
                && (l.Distribution.Activity.ExpiresOn == null || l.Distribution.Activity.ExpiresOn >= asOf));
        if (sponsorIds is not null)
        {
            lines = lines.Where(l => sponsorIds.Contains(l.Distribution!.Activity!.SponsorId));
        }

        var rows = await lines
            .OrderBy(l => l.DistributionId).ThenBy(l => l.Ordinal)
            .Select(l => new Row(
                l.DistributionId,
                l.Distribution!.OutlineId,
                l.Distribution.Activity!.Code,
                l.Distribution.Activity.CreditHundredths,
                l.Distribution.Activity.ExpiresOn,
                l.CategoryId,
                l.CreditHundredths))
            .ToListAsync(cancellationToken);

        var activities = new List<ActivityFact>();
        for (var start = 0; start < rows.Count;)
        {
            var end = start;
            while (end < rows.Count && rows[end].DistributionId == rows[start].DistributionId)
            {
                end++;
            }

            var first = rows[start];
            var distribution = EngineFacts.Distribution(disciplineCode, kind, outlineVersions[first.OutlineId],
                rows.Skip(start).Take(end - start).Select(r => (categoryCodes[r.CategoryId], r.LineHundredths)));
            activities.Add(EngineFacts.Activity(first.Code, first.CreditHundredths, ActivityStatus.Distributed, first.ExpiresOn, [distribution]));
            start = end;
        }

        return activities;
    }

    private sealed record Row(int DistributionId, int OutlineId, string Code, long CreditHundredths, DateOnly? ExpiresOn, int CategoryId, long LineHundredths);
}

using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Facts;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Coverage;

/// <summary>
/// Aggregates in SQL: one grouped query for credits per category code, then one distinct count per category that has children
/// (an activity with lines in two subcategories counts once for their parent). Lines of other outline versions match by code.
/// </summary>
public static class CoverageCalculator
{
    public static async Task<CoverageReport> CalculateAsync(
        CeGraphDbContext db, Discipline discipline, ContentOutline outline, IReadOnlyList<ContentCategory> categories,
        int? sponsorId, IReadOnlyCollection<string>? activityCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(discipline);
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(categories);
        var lines = db.Allocations.AsNoTracking().Where(l =>
            l.Distribution!.DisciplineId == discipline.Id
            && l.Distribution.Kind == outline.Kind
            && l.Distribution.Activity!.Status == ActivityStatus.Distributed);
        if (sponsorId is int sponsor)
        {
            lines = lines.Where(l => l.Distribution!.Activity!.SponsorId == sponsor);
        }

        if (activityCodes is not null)
        {
            lines = lines.Where(l => activityCodes.Contains(l.Distribution!.Activity!.Code));
        }

        var byCode = await lines
            .GroupBy(l => l.Category!.Code)
            .Select(g => new { Code = g.Key, Hundredths = g.Sum(l => l.CreditHundredths), Activities = g.Select(l => l.Distribution!.ActivityId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Code, StringComparer.Ordinal, cancellationToken);
        var activityCount = await lines.Select(l => l.Distribution!.ActivityId).Distinct().CountAsync(cancellationToken);

        var tree = EngineFacts.Outline(discipline.Code, outline, categories);
        var result = new List<CategoryCoverage>(categories.Count);
        foreach (var category in categories)
        {
            var codes = tree.CodesAtOrBelow(category.Code);
            var hundredths = codes.Sum(c => byCode.TryGetValue(c, out var x) ? x.Hundredths : 0);
            var activities = codes.Count == 1
                ? (byCode.TryGetValue(category.Code, out var own) ? own.Activities : 0)
                : hundredths == 0 ? 0 : await lines.Where(l => codes.Contains(l.Category!.Code)).Select(l => l.Distribution!.ActivityId).Distinct().CountAsync(cancellationToken);
            result.Add(new CategoryCoverage(category, new Credits(hundredths), activities));
        }

        var total = new Credits(byCode.Values.Sum(x => x.Hundredths));
        return new CoverageReport(discipline, outline, total, activityCount, result);
    }
}

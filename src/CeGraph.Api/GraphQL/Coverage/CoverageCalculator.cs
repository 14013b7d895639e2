using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Facts;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Coverage;

/// <summary>
/// Aggregates in SQL, three statements whatever the outline's size: credits per category code, the distinct activities in
/// all, and the distinct activities at or below each category (an activity with lines in two subcategories counts once for
/// their parent). Lines of other outline versions match the requested version's categories by code.
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

        var hundredthsByCode = await lines
            .GroupBy(l => l.Category!.Code)
            .Select(g => new { Code = g.Key, Hundredths = g.Sum(l => l.CreditHundredths) })
            .ToDictionaryAsync(x => x.Code, x => x.Hundredths, StringComparer.Ordinal, cancellationToken);
        var activityCount = await lines.Select(l => l.Distribution!.ActivityId).Distinct().CountAsync(cancellationToken);
        var activitiesById = await ActivitiesAtOrBelow(db, lines, outline, categories)
            .GroupBy(r => r.CategoryId)
            .Select(g => new { CategoryId = g.Key, Activities = g.Select(r => r.ActivityId).Distinct().Count() })
            .ToDictionaryAsync(x => x.CategoryId, x => x.Activities, cancellationToken);

        var tree = EngineFacts.Outline(discipline.Code, outline, categories);
        var result = new List<CategoryCoverage>(categories.Count);
        foreach (var category in categories)
        {
            var hundredths = tree.CodesAtOrBelow(category.Code).Sum(c => hundredthsByCode.GetValueOrDefault(c));
            result.Add(new CategoryCoverage(category, new Credits(hundredths), activitiesById.GetValueOrDefault(category.Id)));
        }

        var total = new Credits(hundredthsByCode.Values.Sum());
        return new CoverageReport(discipline, outline, total, activityCount, result);
    }

    /// <summary>
    /// Each line's activity once at the requested version's category with the line's code, once at that category's parent,
    /// and so on up to the major category: grouped by category, the distinct activities at or below it. One UNION ALL
    /// branch per level of the tree (three for the ARRT outlines), so the statement does not grow with the category count.
    /// </summary>
    private static IQueryable<CategoryActivity> ActivitiesAtOrBelow(
        CeGraphDbContext db, IQueryable<CreditAllocation> lines, ContentOutline outline, IReadOnlyList<ContentCategory> categories)
    {
        var versionCategories = db.Categories.AsNoTracking().Where(c => c.OutlineId == outline.Id);
        var atLevel = lines.Join(versionCategories, l => l.Category!.Code, c => c.Code,
            (l, c) => new CategoryActivity { CategoryId = c.Id, ParentId = c.ParentId, ActivityId = l.Distribution!.ActivityId });
        var all = atLevel;
        var levels = categories.Count == 0 ? 0 : categories.Max(c => c.Level); // a major category is level 1
        for (var level = 1; level < levels; level++)
        {
            atLevel = atLevel.Where(r => r.ParentId != null).Join(versionCategories, r => r.ParentId, c => (int?)c.Id,
                (r, c) => new CategoryActivity { CategoryId = c.Id, ParentId = c.ParentId, ActivityId = r.ActivityId });
            all = all.Concat(atLevel);
        }

        return all;
    }

    // Set by member initialisers (not a constructor) so that EF Core can translate the later Where and Join on its members.
    private sealed class CategoryActivity
    {
        public int CategoryId { get; init; }

        public int? ParentId { get; init; }

        public int ActivityId { get; init; }
    }
}

using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// One public STRUCTURED_EDUCATION requirement per discipline offered on the postprimary pathway that has a
/// structured-education outline: 16 credits in total and at least 1 in every major category, within 24 months.
/// </summary>
public static class RequirementSeeder
{
    public static readonly Credits TotalRequired = new(1600);
    public static readonly Credits PerMajorCategoryRequired = new(100);
    public const int WindowMonths = 24;

    public static async Task SeedAsync(CeGraphDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var outlines = await db.Outlines
            .Include(o => o.Discipline)
            .Include(o => o.Categories)
            .Where(o => o.Kind == OutlineKind.StructuredEducation)
            .ToListAsync(cancellationToken);
        var seeded = await db.Requirements
            .Where(r => r.IsPublic && r.Kind == RequirementKind.StructuredEducation)
            .Select(r => r.DisciplineId)
            .ToListAsync(cancellationToken);

        foreach (var outline in outlines.Where(o => o.Discipline!.Pathways.Contains(Pathway.Postprimary))
                     .GroupBy(o => o.DisciplineId)
                     .Where(g => !seeded.Contains(g.Key))
                     .Select(g => g.OrderByDescending(o => o.EffectiveFrom).First()))
        {
            db.Requirements.Add(Build(outline, clock));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Requirement Build(ContentOutline outline, TimeProvider clock)
    {
        var requirement = new Requirement
        {
            Kind = RequirementKind.StructuredEducation,
            Name = $"{outline.Discipline!.Name} structured education",
            DisciplineId = outline.DisciplineId,
            OutlineId = outline.Id,
            WindowMonths = WindowMonths,
            IsPublic = true,
            CreatedAt = clock.UtcNow(),
        };
        var ordinal = 0;
        requirement.Rules.Add(new RequirementRule { Kind = RuleKind.TotalCredits, CreditHundredths = TotalRequired.Hundredths, Ordinal = ordinal++ });
        foreach (var major in outline.Categories.Where(c => c.Level == 1).OrderBy(c => c.Ordinal))
        {
            requirement.Rules.Add(new RequirementRule
            {
                Kind = RuleKind.MinCreditsInCategory,
                CategoryId = major.Id,
                CreditHundredths = PerMajorCategoryRequired.Hundredths,
                Ordinal = ordinal++,
            });
        }

        return requirement;
    }
}

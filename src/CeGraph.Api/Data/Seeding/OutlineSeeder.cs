using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// Adds every seeded discipline, outline version and category that the database lacks. Never changes existing rows. Each
/// version added is published to the change log in the same transaction.
/// </summary>
public static class OutlineSeeder
{
    public static async Task SeedAsync(CeGraphDbContext db, OutlineSeedFile seed, CatalogChangeWriter changeLog, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(changeLog);
        var published = new List<(ContentOutline Outline, string DisciplineCode)>();
        var disciplines = await db.Disciplines.Include(d => d.Outlines).ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var disciplineSeed in seed.Disciplines)
        {
            if (!disciplines.TryGetValue(disciplineSeed.Code, out var discipline))
            {
                discipline = new Discipline { Code = disciplineSeed.Code, Name = disciplineSeed.Name, Pathways = [.. disciplineSeed.Pathways] };
                db.Disciplines.Add(discipline);
                disciplines[discipline.Code] = discipline;
            }

            foreach (var outlineSeed in disciplineSeed.Outlines)
            {
                var exists = discipline.Outlines.Any(o => o.Kind == outlineSeed.Kind && o.Version == outlineSeed.Version);
                if (!exists)
                {
                    var outline = BuildOutline(outlineSeed);
                    discipline.Outlines.Add(outline);
                    published.Add((outline, discipline.Code));
                }
            }
        }

        await changeLog.SaveAsync(db, () => published.Select(p => CatalogChanges.OutlinePublished(p.Outline, p.DisciplineCode, now)), cancellationToken);
    }

    private static ContentOutline BuildOutline(OutlineSeed seed)
    {
        var outline = new ContentOutline
        {
            Kind = seed.Kind,
            Version = seed.Version,
            EffectiveFrom = seed.EffectiveFrom,
            EffectiveUntil = seed.EffectiveUntil,
            Source = seed.Source,
        };
        CategoryRows.AddTo(outline, seed.Categories, c => c.Children,
            c => new ContentCategory { Code = c.Code, Name = c.Name, ExamItems = c.ExamItems });
        return outline;
    }
}

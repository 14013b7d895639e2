using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// A small, clearly marked sample catalog so a newcomer has something to query: 6 sample sponsors and 240
/// activities (codes <c>SAMPLE-0001</c>…), most distributed on the CT (structured education, CQR) and MR outlines. Generated
/// deterministically; only missing codes are added, so a restart adds nothing twice.
/// Turn it off with <c>Seed:SampleCatalog=false</c>.
/// </summary>
public static class SampleCatalogSeeder
{
    public const string CodePrefix = "SAMPLE-";
    public const int ActivityCount = 240;

    public static async Task SeedAsync(CeGraphDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        _ = clock;
        var sponsors = await EnsureSponsorsAsync(db, cancellationToken);
        var existing = await db.Activities.Where(a => a.Code.StartsWith(CodePrefix)).Select(a => a.Code).ToListAsync(cancellationToken);
        if (existing.Count >= ActivityCount)
        {
            return;
        }

        var targets = await LoadTargetsAsync(db, cancellationToken);
        var known = existing.ToHashSet(StringComparer.Ordinal);
        foreach (var activity in SampleActivityGenerator.Generate(ActivityCount, sponsors, targets))
        {
            if (known.Add(activity.Code))
            {
                db.Activities.Add(activity);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<Sponsor>> EnsureSponsorsAsync(CeGraphDbContext db, CancellationToken cancellationToken)
    {
        var wanted = SampleActivityGenerator.Sponsors;
        var codes = wanted.Select(s => s.Code).ToArray();
        var present = await db.Sponsors.Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken);
        foreach (var (code, name) in wanted.Where(w => present.All(p => p.Code != w.Code)))
        {
            var sponsor = new Sponsor { Code = code, Name = name };
            db.Sponsors.Add(sponsor);
            present.Add(sponsor);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. present.OrderBy(s => s.Code, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<ContentOutline>> LoadTargetsAsync(CeGraphDbContext db, CancellationToken cancellationToken)
    {
        var targets = new (string Discipline, OutlineKind Kind)[]
        {
            ("CT", OutlineKind.StructuredEducation), ("CT", OutlineKind.CqrSsa), ("MR", OutlineKind.StructuredEducation),
        };
        var outlines = await db.Outlines.Include(o => o.Discipline).Include(o => o.Categories).ToListAsync(cancellationToken);
        return [.. targets
            .Select(t => outlines.Where(o => o.Discipline!.Code == t.Discipline && o.Kind == t.Kind).OrderByDescending(o => o.EffectiveFrom).FirstOrDefault())
            .OfType<ContentOutline>()];
    }
}

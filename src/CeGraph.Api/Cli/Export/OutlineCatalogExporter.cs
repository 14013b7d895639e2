using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Export;

/// <summary>
/// Builds outlines.json from the database: every discipline and outline version (seeded ones included, since every
/// database has them), and every sponsor except the sample catalog's own, unless a real activity uses one.
/// Codes sort ordinally; categories keep document order.
/// </summary>
public static class OutlineCatalogExporter
{
    public static async Task<OutlinesDocument> BuildAsync(CeGraphDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var disciplines = await db.Disciplines.AsNoTracking().Include(d => d.Outlines).ThenInclude(o => o.Categories)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var sampleCodes = SampleActivityGenerator.Sponsors.Select(s => s.Code).ToList();
        var sponsors = await db.Sponsors.AsNoTracking()
            .Where(s => !sampleCodes.Contains(s.Code) || db.Activities.Any(a => a.SponsorId == s.Id && !a.IsSample))
            .ToListAsync(cancellationToken);

        return new OutlinesDocument(
            [.. disciplines.OrderBy(d => d.Code, StringComparer.Ordinal)
                .Select(d => new DisciplineRecord(d.Code, d.Name, [.. d.Pathways.Order().Select(DatasetNames.Of)]))],
            [.. sponsors.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new SponsorRecord(s.Code, s.Name))],
            [.. disciplines.SelectMany(d => d.Outlines.Select(o => ToRecord(d.Code, o)))
                .OrderBy(o => o.Discipline, StringComparer.Ordinal)
                .ThenBy(o => o.Kind, StringComparer.Ordinal)
                .ThenBy(o => o.Version, StringComparer.Ordinal)]);
    }

    private static OutlineRecord ToRecord(string discipline, ContentOutline outline)
    {
        var children = outline.Categories.ToLookup(c => c.ParentId);
        List<CategoryRecord> Tree(int? parentId) =>
            [.. children[parentId].OrderBy(c => c.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new CategoryRecord(c.Code, c.Name, c.ExamItems, Tree(c.Id)))];

        return new OutlineRecord(discipline, DatasetNames.Of(outline.Kind), outline.Version, outline.EffectiveFrom, outline.EffectiveUntil, Tree(null));
    }
}

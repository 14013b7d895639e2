using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Export;

/// <summary>Codes by id for sponsors, outline versions and categories: small tables, loaded once per export.</summary>
public sealed record ExportNames(
    IReadOnlyDictionary<int, string> Sponsors,
    IReadOnlyDictionary<int, (string Discipline, string Kind, string Version)> Outlines,
    IReadOnlyDictionary<int, string> Categories)
{
    public static async Task<ExportNames> LoadAsync(CeGraphDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sponsors = await db.Sponsors.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var outlines = await db.Outlines.AsNoTracking()
            .Select(o => new { o.Id, Discipline = o.Discipline!.Code, o.Kind, o.Version })
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        return new ExportNames(
            sponsors,
            outlines.ToDictionary(o => o.Id, o => (o.Discipline, DatasetNames.Of(o.Kind), o.Version)),
            categories);
    }
}

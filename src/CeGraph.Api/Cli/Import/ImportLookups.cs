using System.Collections.Frozen;
using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Import;

/// <summary>Sponsors, outline versions and their categories by code, loaded once so no line costs a query.</summary>
public sealed class ImportLookups
{
    private ImportLookups(FrozenDictionary<string, int> sponsors, FrozenDictionary<int, string> disciplineCodes, FrozenDictionary<OutlineKey, OutlineLookup> outlines)
    {
        Sponsors = sponsors;
        SponsorCodes = sponsors.ToFrozenDictionary(s => s.Value, s => s.Key);
        DisciplineCodes = disciplineCodes;
        Disciplines = disciplineCodes.Values.ToFrozenSet(StringComparer.Ordinal);
        Outlines = outlines;
    }

    /// <summary>Sponsor ids by code.</summary>
    public FrozenDictionary<string, int> Sponsors { get; }

    /// <summary>Sponsor codes by id (for the change log's entries).</summary>
    public FrozenDictionary<int, string> SponsorCodes { get; }

    public FrozenSet<string> Disciplines { get; }

    /// <summary>Discipline codes by id (for the change log's entries).</summary>
    public FrozenDictionary<int, string> DisciplineCodes { get; }

    public FrozenDictionary<OutlineKey, OutlineLookup> Outlines { get; }

    public static async Task<ImportLookups> LoadAsync(CeGraphDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var disciplines = await db.Disciplines.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        var sponsors = await db.Sponsors.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var outlines = await db.Outlines.AsNoTracking()
            .Select(o => new { o.Id, o.DisciplineId, Discipline = o.Discipline!.Code, o.Kind, o.Version })
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.OutlineId, c.Code })
            .ToListAsync(cancellationToken);
        var categoriesByOutline = categories.ToLookup(c => c.OutlineId);
        var lookups = outlines.ToFrozenDictionary(
            o => new OutlineKey(o.Discipline, o.Kind, o.Version),
            o => new OutlineLookup(o.Id, o.DisciplineId, categoriesByOutline[o.Id].ToFrozenDictionary(c => c.Code, c => c.Id, StringComparer.Ordinal)));
        return new ImportLookups(sponsors.ToFrozenDictionary(StringComparer.Ordinal), disciplines.ToFrozenDictionary(), lookups);
    }
}

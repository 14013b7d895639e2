using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Outlines;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>The request's batch loaders (scoped: one set per HTTP request, every batch on the request's <see cref="RequestReads"/>).</summary>
public sealed class CatalogLoaders(RequestReads reads, OutlineCache outlines)
{
    // The loads every catalogue page and activity runs are compiled once (EF Core's per-run preparation of a LINQ query
    // cost more CPU than the lookup itself).
    private static readonly CompiledQuery<Func<CeGraphDbContext, int[], IAsyncEnumerable<Discipline>>> DisciplinesWithIds = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, int[] ids) => db.Disciplines.AsNoTracking().Where(d => ids.Contains(d.Id))));

    private static readonly CompiledQuery<Func<CeGraphDbContext, int[], IAsyncEnumerable<Sponsor>>> SponsorsWithIds = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, int[] ids) => db.Sponsors.AsNoTracking().Where(s => ids.Contains(s.Id))));

    private static readonly CompiledQuery<Func<CeGraphDbContext, int[], IAsyncEnumerable<Activity>>> ActivitiesWithIds = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, int[] ids) => db.Activities.AsNoTracking().Include(a => a.Sponsor).Where(a => ids.Contains(a.Id))));

    private static readonly CompiledQuery<Func<CeGraphDbContext, int[], IAsyncEnumerable<ContentOutline>>> OutlinesOfDisciplines = new(() =>
        EF.CompileAsyncQuery((CeGraphDbContext db, int[] disciplineIds) => db.Outlines.AsNoTracking().Where(o => disciplineIds.Contains(o.DisciplineId))));

    public BatchLoader<int, Discipline> DisciplineById { get; } = new(reads, (db, ids, ct) =>
        ByIdAsync(DisciplinesWithIds.For(db)(db, [.. ids]), d => d.Id, ct));

    public BatchLoader<int, Sponsor> SponsorById { get; } = new(reads, (db, ids, ct) =>
        ByIdAsync(SponsorsWithIds.For(db)(db, [.. ids]), s => s.Id, ct));

    /// <summary>Outline versions by id, from the process-wide <see cref="OutlineCache"/> (published versions never change).</summary>
    public BatchLoader<int, OutlineSnapshot> OutlineById { get; } = new(async (ids, ct) =>
    {
        var result = new Dictionary<int, OutlineSnapshot>();
        foreach (var id in ids)
        {
            if (await outlines.GetAsync(id, ct) is { } snapshot)
            {
                result[id] = snapshot;
            }
        }

        return result;
    });

    /// <summary>Categories by id, from the <see cref="OutlineCache"/>; only never-seen ids cost a query.</summary>
    public BatchLoader<int, ContentCategory> CategoryById { get; } = new((ids, ct) => outlines.CategoriesAsync(ids, ct));

    /// <summary>
    /// A field's category: the category itself when the <see cref="OutlineCache"/> holds its outline, else parked on
    /// <see cref="CategoryById"/>. A completed value spares GraphQL.NET the parked result's round (its queue, await and
    /// completion), paid per line on every catalogue page.
    /// </summary>
    public object Category(int id) => outlines.TryGetLoadedCategory(id, out var category) ? category : CategoryById.Load(id);

    /// <summary>A field's value computed from an outline version: at once when the cache holds it, else parked on <see cref="OutlineById"/>.</summary>
    public object? FromOutline<T>(int outlineId, Func<OutlineSnapshot?, T> map) =>
        outlines.TryGetLoaded(outlineId, out var snapshot) ? map(snapshot) : OutlineById.Load(outlineId).Then(map);

    public BatchLoader<int, Activity> ActivityById { get; } = new(reads, (db, ids, ct) =>
        ByIdAsync(ActivitiesWithIds.For(db)(db, [.. ids]), a => a.Id, ct));

    public BatchLoader<int, CreditDistribution> DistributionById { get; } = new(reads, async (db, ids, ct) =>
        (await DistributionReads.WithIdsAsync(db, ids, ct)).ToDictionary(d => d.Id));

    public BatchLoader<int, Requirement> RequirementById { get; } = new(reads, (db, ids, ct) =>
        db.Requirements.AsNoTracking().Include(r => r.Rules).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct));

    public BatchLoader<int, FulfillmentCheck> FulfillmentCheckById { get; } = new(reads, (db, ids, ct) =>
        db.FulfillmentChecks.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct));

    /// <summary>Every outline version of a discipline, oldest first.</summary>
    public BatchLoader<int, ContentOutline[]> OutlinesByDiscipline { get; } = new(reads, async (db, ids, ct) =>
        (await ByIdAsync(OutlinesOfDisciplines.For(db)(db, [.. ids]), o => o.Id, ct)).Values
            .GroupBy(o => o.DisciplineId)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Kind).ThenBy(o => o.EffectiveFrom).ThenBy(o => o.Id).ToArray()));

    /// <summary>An activity's distributions with their discipline and lines, ordered by discipline code then kind.</summary>
    public BatchLoader<int, CreditDistribution[]> DistributionsByActivity { get; } = new(reads, async (db, ids, ct) =>
        (await DistributionReads.OfActivitiesAsync(db, ids, ct))
            .GroupBy(d => d.ActivityId)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Discipline!.Code, StringComparer.Ordinal).ThenBy(d => d.Kind).ToArray()));

    /// <summary>The public (seeded) requirements of a discipline.</summary>
    public BatchLoader<int, Requirement[]> PublicRequirementsByDiscipline { get; } = new(reads, async (db, ids, ct) =>
        (await db.Requirements.AsNoTracking().Include(r => r.Rules).Where(r => r.IsPublic && ids.Contains(r.DisciplineId)).ToListAsync(ct))
            .GroupBy(r => r.DisciplineId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Kind).ThenBy(r => r.Id).ToArray()));

    private static async Task<Dictionary<int, T>> ByIdAsync<T>(IAsyncEnumerable<T> rows, Func<T, int> id, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            result[id(row)] = row;
        }

        return result;
    }
}

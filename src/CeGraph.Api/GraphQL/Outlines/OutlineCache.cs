using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Outlines;

/// <summary>
/// Process-wide cache of published outline versions and their category trees. A published version never changes (import refuses
/// to alter one), so an entry never goes stale and no invalidation is needed when several API nodes share a database: a version
/// another node adds later has a new id and is simply loaded on first use. What can change (which versions a discipline has) is not
/// cached here.
/// </summary>
public sealed class OutlineCache(IDbContextFactory<CeGraphDbContext> contextFactory)
{
    private readonly ConcurrentDictionary<int, Lazy<Task<OutlineSnapshot?>>> _outlines = new();
    private readonly ConcurrentDictionary<int, int> _outlineOfCategory = new();

    public Task<OutlineSnapshot?> GetAsync(int outlineId, CancellationToken cancellationToken) =>
        _outlines.GetOrAdd(outlineId, id => new Lazy<Task<OutlineSnapshot?>>(() => LoadAsync(id))).Value.WaitAsync(cancellationToken);

    /// <summary>The snapshot without waiting, when it is loaded already (the usual case once the server has served it).</summary>
    public bool TryGetLoaded(int outlineId, [NotNullWhen(true)] out OutlineSnapshot? snapshot)
    {
        snapshot = _outlines.TryGetValue(outlineId, out var entry) && entry.IsValueCreated && entry.Value.IsCompletedSuccessfully ? entry.Value.Result : null;
        return snapshot is not null;
    }

    /// <summary>The category without waiting, when its outline is loaded already.</summary>
    public bool TryGetLoadedCategory(int categoryId, [NotNullWhen(true)] out Data.Entities.ContentCategory? category)
    {
        category = null;
        return _outlineOfCategory.TryGetValue(categoryId, out var outlineId)
            && TryGetLoaded(outlineId, out var snapshot)
            && snapshot.ById.TryGetValue(categoryId, out category);
    }

    /// <summary>The categories with these ids; ids never seen before cost one query to find their outlines, then come from the cache.</summary>
    public async Task<Dictionary<int, Data.Entities.ContentCategory>> CategoriesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var unknown = ids.Where(id => !_outlineOfCategory.ContainsKey(id)).ToArray();
        if (unknown.Length > 0)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var outlineIds = await db.Categories.AsNoTracking().Where(c => unknown.Contains(c.Id)).Select(c => c.OutlineId).Distinct().ToListAsync(cancellationToken);
            foreach (var outlineId in outlineIds)
            {
                await GetAsync(outlineId, cancellationToken);
            }
        }

        var result = new Dictionary<int, Data.Entities.ContentCategory>();
        foreach (var id in ids)
        {
            if (_outlineOfCategory.TryGetValue(id, out var outlineId) && await GetAsync(outlineId, cancellationToken) is { } snapshot)
            {
                result[id] = snapshot.ById[id];
            }
        }

        return result;
    }

    private async Task<OutlineSnapshot?> LoadAsync(int outlineId)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
            var outline = await db.Outlines.AsNoTracking().Include(o => o.Discipline).FirstOrDefaultAsync(o => o.Id == outlineId, CancellationToken.None);
            if (outline is null)
            {
                _outlines.TryRemove(outlineId, out _);
                return null;
            }

            var categories = await db.Categories.AsNoTracking().Where(c => c.OutlineId == outlineId).ToListAsync(CancellationToken.None);
            var snapshot = new OutlineSnapshot(outline, categories);
            foreach (var category in snapshot.Categories)
            {
                _outlineOfCategory[category.Id] = outlineId;
            }

            return snapshot;
        }
        catch
        {
            _outlines.TryRemove(outlineId, out _); // a failed load is retried by the next caller, never cached
            throw;
        }
    }
}

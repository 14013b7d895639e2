using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Feed;

/// <summary>Reads the log in commit (position) order after a position.</summary>
public sealed class CatalogChangeReader(IDbContextFactory<CeGraphDbContext> contextFactory)
{
    public async Task<List<CatalogChange>> ReadAsync(long after, CatalogChangeSelection? selection, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CatalogChanges.AsNoTracking().Where(c => c.Position > after);
        if (selection is not null)
        {
            query = query.Where(selection.Predicate);
        }

        return await query.OrderBy(c => c.Position).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CatalogChanges.MaxAsync(c => (long?)c.Position, cancellationToken) ?? 0;
    }
}

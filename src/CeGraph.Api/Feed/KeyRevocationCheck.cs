using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Feed;

/// <summary>
/// Which of the given API keys are revoked now, in one query: the feed asks before every delivery round (the hub for all its
/// live subscribers together, a replay for each batch it reads), so a key revoked through any node receives nothing committed
/// after its revocation (the same rule as <see cref="Security.LiveKeyResolver"/> for mutations, at one query per round
/// instead of one per subscriber).
/// </summary>
public sealed class KeyRevocationCheck(IDbContextFactory<CeGraphDbContext> contextFactory)
{
    public async Task<HashSet<int>> RevokedAsync(IReadOnlyCollection<int> keyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyIds);
        if (keyIds.Count == 0)
        {
            return [];
        }

        var ids = keyIds.ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var valid = await db.ApiKeys.AsNoTracking().Where(k => ids.Contains(k.Id) && k.RevokedAt == null).Select(k => k.Id).ToListAsync(cancellationToken);
        var revoked = new HashSet<int>(ids);
        revoked.ExceptWith(valid);
        return revoked;
    }
}

using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// Keyset paging: filter, then <c>WHERE (keys) past cursor ORDER BY keys LIMIT size + 1</c>. No OFFSET, so the cost of a
/// page does not grow with its position. Backward pages run the reversed ordering and flip the rows back.
/// </summary>
public static class ActivityPager
{
    public static async Task<ActivityPage> LoadAsync(
        RequestReads reads,
        Func<IQueryable<Activity>, IQueryable<Activity>> scope,
        ActivityPageRequest request,
        ActivityCountCache counts,
        string countKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(counts);

        IQueryable<Activity> Filtered(CeGraphDbContext db)
        {
            var query = scope(db.Activities.AsNoTracking());
            return request.Filter is null ? query : query.Where(request.Filter);
        }

        var ordering = request.Backward ? request.Ordering.Reversed() : request.Ordering;
        var rows = await reads.RunAsync((db, ct) =>
        {
            var query = Filtered(db);
            if (request.After is not null)
            {
                query = query.Where(request.Ordering.After(request.After));
            }

            if (request.Before is not null)
            {
                query = query.Where(request.Ordering.Reversed().After(request.Before));
            }

            // Size + 1 rows tell whether more follow; for an empty page (first: 0) that one row is the whole answer. Each row
            // carries the catalog version (an uncorrelated subquery: evaluated once), read in the same statement as the rows,
            // and its sponsor (joined on the key: one statement fewer than a batch of sponsors for `sponsor { … }`).
            return ordering.Apply(query).Take(request.Size + 1)
                .Select(a => new VersionedRow(a, a.Sponsor!, db.CatalogChanges.Max(c => (long?)c.Position) ?? 0))
                .ToListAsync(ct);
        }, cancellationToken);

        var hasMore = rows.Count > request.Size;
        var page = rows.Take(request.Size).Select(r => r.WithSponsor()).ToList();
        if (request.Backward)
        {
            page.Reverse();
        }

        var edges = page.Select(a => new ActivityEdge(ActivityCursor.Encode(request.Ordering, a), a)).ToArray();
        var pageInfo = new PageInfo
        {
            HasNextPage = request.Backward ? request.Before is not null : hasMore,
            HasPreviousPage = request.Backward ? hasMore : request.After is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        Task<int> Count(CancellationToken ct) => reads.RunAsync((db, c) => CountShape.Apply(Filtered(db), db).CountAsync(c), ct);
        Task<int> CountAsync(CancellationToken ct) => rows.Count switch
        {
            // Nothing matches at all (no cursor narrowed the rows): the count is known without counting.
            0 when request.After is null && request.Before is null => Task.FromResult(0),
            0 => Count(ct),
            _ => counts.GetOrCountAsync(countKey, rows[0].Version, Count, ct),
        };

        return new ActivityPage(edges, pageInfo, CountAsync);
    }

    private sealed record VersionedRow(Activity Activity, Sponsor Sponsor, long Version)
    {
        public Activity WithSponsor()
        {
            Activity.Sponsor = Sponsor;
            return Activity;
        }
    }
}

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
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);

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

            // Size + 1 rows tell whether more follow; for an empty page (first: 0) that one row is the whole answer.
            return ordering.Apply(query).Take(request.Size + 1).ToListAsync(ct);
        }, cancellationToken);

        var hasMore = rows.Count > request.Size;
        var page = rows.Take(request.Size).ToList();
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
        return new ActivityPage(edges, pageInfo, ct => reads.RunAsync((db, c) => CountShape.Apply(Filtered(db), db).CountAsync(c), ct));
    }
}

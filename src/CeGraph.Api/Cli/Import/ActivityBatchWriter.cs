using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Upserts a batch of validated activities by code in one SaveChanges (one transaction): one query finds the
/// batch's existing activities with their distributions, then each is created, updated or left alone.
/// The change tracker is cleared afterwards, so memory does not accumulate across batches.
/// </summary>
public sealed class ActivityBatchWriter(CeGraphDbContext db, TimeProvider clock)
{
    public async Task WriteAsync(IReadOnlyList<PendingActivity> batch, EntityCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(counts);
        var codes = batch.Select(a => a.Code).ToList();
        var existing = await db.Activities
            .Include(a => a.Distributions).ThenInclude(d => d.Lines)
            .Where(a => codes.Contains(a.Code))
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var pending in batch)
        {
            if (existing.TryGetValue(pending.Code, out var activity))
            {
                counts.Count(ActivityMerger.Merge(db, activity, pending, now) ? UpsertOutcome.Updated : UpsertOutcome.Unchanged);
            }
            else
            {
                db.Activities.Add(ActivityMerger.Create(pending, now));
                counts.Count(UpsertOutcome.Created);
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

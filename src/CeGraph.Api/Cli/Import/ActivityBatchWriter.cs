using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Upserts a batch of validated activities by code in one transaction: one query finds the batch's existing activities
/// with their distributions, untracked; changed ones are attached and updated through the change tracker, new ones go through
/// <see cref="NewActivityInserter"/>. The change tracker is cleared afterwards, so memory does not build up across batches.
/// </summary>
public sealed class ActivityBatchWriter(CeGraphDbContext db, TimeProvider clock, CatalogChangeWriter changeLog)
{
    private readonly NewActivityInserter inserter = new(db);
    private readonly ImportedActivityChanges changes = new(changeLog);

    public async Task WriteAsync(IReadOnlyList<PendingActivity> batch, EntityCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(counts);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One array parameter (json_each on SQLite, = ANY on PostgreSQL): SQLite binds 1,000 separate parameters by name
        // in quadratic time, which made this query the slowest step of a re-import.
        var codes = batch.Select(a => a.Code).ToList();
        var existing = await db.Activities.AsNoTracking()
            .Include(a => a.Distributions).ThenInclude(d => d.Lines)
            .Where(a => EF.Parameter(codes).Contains(a.Code))
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = new List<Activity>();
        foreach (var pending in batch)
        {
            if (existing.TryGetValue(pending.Code, out var activity))
            {
                // Read untracked; only an activity that differs is attached (as unchanged) and then brought in line.
                if (ActivityMerger.Matches(activity, pending))
                {
                    counts.Count(UpsertOutcome.Unchanged);
                    continue;
                }

                var before = ImportedActivityChanges.Snapshot(activity);
                db.Attach(activity);
                ActivityMerger.Merge(db, activity, pending, now);
                changes.Changed(before, activity);
                counts.Count(UpsertOutcome.Updated);
            }
            else
            {
                fresh.Add(ActivityMerger.Create(pending, now));
                counts.Count(UpsertOutcome.Created);
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await inserter.InsertAsync(fresh, transaction, cancellationToken);
        fresh.ForEach(changes.Added);
        await changes.AppendAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

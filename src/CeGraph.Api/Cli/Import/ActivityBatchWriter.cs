using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Upserts a batch of validated activities by code in one transaction: <see cref="ExistingActivityReader"/> finds the
/// batch's stored activities with their distributions, untracked; changed ones are attached and updated through the
/// change tracker, new ones go through <see cref="NewActivityInserter"/>. The change tracker is cleared afterwards, so
/// memory does not build up across batches. The loop below is the one place that decides, per activity, whether it is
/// created, updated or unchanged. The change-log entries of the batch (one per created or updated activity) are written
/// through the same bulk path as the rows, in the same transaction: through EF they cost more than the rows themselves.
/// </summary>
public sealed class ActivityBatchWriter(CeGraphDbContext db, IBulkRowStore store, TimeProvider clock, CatalogChangeWriter changeLog)
{
    private readonly NewActivityInserter inserter = new(db, store);
    private readonly ExistingActivityReader reader = new(db);
    private readonly ImportedActivityChanges changes = new();
    private readonly BulkTable<CatalogChange> feed = new(db);
    private readonly bool postgres = db.Database.IsNpgsql();

    public async Task WriteAsync(IReadOnlyList<PendingActivity> batch, EntityCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(counts);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await reader.ReadAsync(batch.Select(a => a.Code).ToList(), cancellationToken);
        var now = clock.UtcNow();
        var fresh = new List<Activity>();
        var anyUpdated = false;
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
                anyUpdated = true;
            }
            else
            {
                fresh.Add(ActivityMerger.Create(pending, now));
                counts.Count(UpsertOutcome.Created);
            }
        }

        if (anyUpdated)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
        }

        await inserter.InsertAsync(fresh, cancellationToken);
        fresh.ForEach(changes.Added);
        await AppendChangesAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Last before commit, as <see cref="CatalogChangeWriter.AppendInTransactionAsync"/> would: its append lock (on
    /// PostgreSQL) is taken with no entries of its own, so positions are reserved and committed in order; then the
    /// entries go in with the bulk path and PostgreSQL's notification is sent with the commit.
    /// </summary>
    private async Task AppendChangesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var entries = await changes.TakeAsync(db, now, cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }

        await changeLog.AppendInTransactionAsync(db, [], cancellationToken);
        var positions = await store.ReserveIdsAsync(feed, entries.Count, cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Position = positions[i];
        }

        await store.WriteAsync(feed, entries, cancellationToken);
        if (postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({CatalogChangeWriter.NotifyChannel}, '')", cancellationToken);
        }
    }
}

using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Upserts a batch of validated activities by code, in a transaction it shares with the next batches up to
/// <c>batchesPerTransaction</c> (<see cref="ImportSettings.ActivitiesPerTransaction"/>; <see cref="CommitAsync"/> commits
/// the rest; disposing rolls back what is not committed): <see cref="ExistingActivityReader"/> finds the
/// batch's stored activities with their distributions, untracked; changed ones are attached and updated through the
/// change tracker, new ones go through <see cref="NewActivityInserter"/>. The change tracker is cleared afterwards, so
/// memory does not build up across batches. The loop below is the one place that decides, per activity, whether it is
/// created, updated or unchanged. The change-log entries of the batch (one per created or updated activity) are written
/// through the same bulk path as the rows, in the same transaction: through EF they cost more than the rows themselves.
/// </summary>
public sealed class ActivityBatchWriter(
    CeGraphDbContext db, IBulkRowStore store, ImportLookups lookups, TimeProvider clock, CatalogChangeWriter changeLog, int batchesPerTransaction)
    : IAsyncDisposable
{
    private readonly NewActivityInserter inserter = new(db, store);
    private readonly ExistingActivityReader reader = new(store);
    private readonly ImportedActivityChanges changes = new(lookups);
    private readonly BulkTable<CatalogChange> feed = new(db);
    private readonly bool postgres = db.Database.IsNpgsql();
    private IDbContextTransaction? transaction;
    private int batchesInTransaction;

    public async Task WriteAsync(IReadOnlyList<PendingActivity> batch, EntityCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(counts);
        transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);
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
        db.ChangeTracker.Clear();
        if (++batchesInTransaction >= batchesPerTransaction)
        {
            await CommitAsync(cancellationToken);
        }
    }

    /// <summary>Commits the batches written since the last commit (the last, partly filled group of an import).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is null)
        {
            return;
        }

        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        transaction = null;
        batchesInTransaction = 0;
    }

    /// <summary>Rolls back batches not yet committed (the import stopped).</summary>
    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
            transaction = null;
        }
    }

    /// <summary>
    /// Last before commit, as <see cref="CatalogChangeWriter.AppendInTransactionAsync"/> would: its append lock (on
    /// PostgreSQL) is taken with no entries of its own, so positions are reserved and committed in order; then the
    /// entries go in with the bulk path and PostgreSQL's notification is sent with the commit.
    /// </summary>
    private async Task AppendChangesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var entries = changes.Take(now);
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

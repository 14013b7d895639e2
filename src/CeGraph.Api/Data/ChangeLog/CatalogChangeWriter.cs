using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.ChangeLog;

/// <summary>
/// Saves a unit of work together with its change-log entries, in one transaction: no change without its event, no event
/// without its change.
/// <para>
/// Why the log has no gaps a cursor could skip: a reader follows <see cref="CatalogChange.Position"/> and must never see
/// position 12 committed while 11 is still to come. On PostgreSQL an identity value is taken when the row is inserted
/// but becomes visible at commit, so two concurrent writers can commit 12 before 11. Appends are therefore serialised with
/// a transaction-level advisory lock taken before anything is written and released by the commit itself: the writer that
/// holds it takes the next position and commits before the next writer can take one, so positions become visible in
/// order. (The alternative, reading only below a "safe watermark" of the oldest open transaction, keeps writers parallel
/// but needs a second bookkeeping table or <c>pg_snapshot_xmin</c> arithmetic on every read, and still delays readers by the
/// slowest writer; the write paths here are short, so serialising them is the simpler correct choice. Its cost is in
/// docs/benchmarks.md.) SQLite has one writer at a time already (every transaction starts with BEGIN IMMEDIATE).
/// </para>
/// The same transaction sends <c>NOTIFY</c> on PostgreSQL, delivered only if it commits; the in-process signal wakes this
/// node's readers after the commit.
/// </summary>
public sealed class CatalogChangeWriter(DatabaseSettings database, CatalogChangeSignal signal)
{
    /// <summary>The PostgreSQL channel that wakes feed readers on every node.</summary>
    public const string NotifyChannel = "cegraph_catalog_changes";

    /// <summary>An application-wide advisory lock key ("CeFeed" in ASCII), distinct from the start-up lock.</summary>
    private const long AppendLockKey = 0x4365466565640000;

    /// <summary>
    /// Saves <paramref name="db"/>'s pending changes, then the entries <paramref name="entries"/> builds from the saved entities
    /// (their generated ids are known by then), and commits. Exceptions from the first save (concurrency, unique indexes)
    /// surface unchanged and nothing is written.
    /// </summary>
    public async Task SaveAsync(CeGraphDbContext db, Func<IEnumerable<CatalogChange>> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SerialiseAppendAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var appended = await AppendAsync(db, entries(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (appended)
        {
            signal.Pulse();
        }
    }

    /// <summary>
    /// Inside a transaction the caller owns (import): takes the append lock, adds the entries, saves them and sends the
    /// notification on commit. Call it last before commit, so the lock is held briefly; call <see cref="CatalogChangeSignal.Pulse"/>
    /// after the commit when readers live in this process.
    /// </summary>
    public async Task<bool> AppendInTransactionAsync(CeGraphDbContext db, IEnumerable<CatalogChange> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await SerialiseAppendAsync(db, cancellationToken);
        return await AppendAsync(db, entries, cancellationToken);
    }

    private async Task<bool> AppendAsync(CeGraphDbContext db, IEnumerable<CatalogChange> entries, CancellationToken cancellationToken)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return false;
        }

        db.CatalogChanges.AddRange(list);
        await db.SaveChangesAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({NotifyChannel}, '')", cancellationToken);
        }

        return true;
    }

    private async Task SerialiseAppendAsync(CeGraphDbContext db, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", cancellationToken);
        }
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>
/// Starts EF Core's transactions (SaveChanges) with <c>BEGIN IMMEDIATE</c>, taking SQLite's write lock up front.
/// A deferred transaction takes a read snapshot at its first statement and only then asks for the write lock; when another
/// writer commits meanwhile, the snapshot is stale and SQLite answers SQLITE_BUSY at once, again on every retry, until the
/// busy timeout runs out: under contention writers failed with "database is locked" although the lock had long been free.
/// With IMMEDIATE the wait happens at BEGIN, before any snapshot, so writers simply queue for the lock.
/// </summary>
public sealed class SqliteImmediateTransactionInterceptor : DbTransactionInterceptor
{
    public static readonly SqliteImmediateTransactionInterceptor Instance = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return connection is SqliteConnection sqlite
            ? InterceptionResult<DbTransaction>.SuppressWithResult(sqlite.BeginTransaction(eventData.IsolationLevel, deferred: false))
            : result;
    }

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        new(TransactionStarting(connection, eventData, result));
}

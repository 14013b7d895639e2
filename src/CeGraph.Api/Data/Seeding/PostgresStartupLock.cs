using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// A PostgreSQL session-level advisory lock held while one node seeds, so nodes starting together on one
/// database do not insert the same seed rows twice. A no-op on SQLite, which has one process per file.
/// </summary>
public sealed class PostgresStartupLock : IAsyncDisposable
{
    /// <summary>An arbitrary application-wide key ("CeGraph" in ASCII) that no other lock in this database uses.</summary>
    private const long LockKey = 0x4365477261706800;

    private readonly CeGraphDbContext? db;

    private PostgresStartupLock(CeGraphDbContext? db) => this.db = db;

    public static async Task<PostgresStartupLock> AcquireAsync(CeGraphDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (provider != DatabaseProvider.Postgres)
        {
            return new PostgresStartupLock(null);
        }

        // The lock belongs to the session, so the connection stays open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        return new PostgresStartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }
}

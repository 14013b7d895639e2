using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// Opens the start-up connection. A PostgreSQL database that does not exist yet is created first (EF Core's database
/// creator, from the server's maintenance database), so a new deployment needs only a server and a user allowed to create
/// databases, as it needs only a folder on SQLite (which creates its file on open). When several nodes start at once, the
/// one that loses the race to create it opens the winner's.
/// </summary>
public static class DatabaseConnectionOpener
{
    public static async Task OpenAsync(CeGraphDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        catch (PostgresException missing) when (provider == DatabaseProvider.Postgres && missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            try
            {
                await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
            }
            catch (PostgresException created) when (created.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it in the meantime.
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
        }
    }
}

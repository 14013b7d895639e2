using CeGraph.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeGraph.Api.Cli.Import;

/// <summary>Picks the bulk path for the context's provider, on the context's own (open) connection.</summary>
public static class BulkRowStore
{
    public static IBulkRowStore For(CeGraphDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => new SqliteBulkRowStore(sqlite),
            NpgsqlConnection postgres => new PostgresBulkRowStore(postgres),
            var other => throw new NotSupportedException($"No bulk import path for {other.GetType().Name}."),
        };
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// Whether every migration of this build is already recorded in the history table, read in plain SQL on the open connection.
/// EF Core's <c>MigrateAsync</c> on such a database still builds the history table's model, takes the migration lock and diffs
/// the model against the migration snapshot (its pending-model-changes guard): a tenth of a start that has nothing to apply.
/// Anything else (no history table, a migration missing, a history table configured elsewhere) answers false and start-up
/// migrates exactly as before, under EF Core's own lock; a node that sees every migration recorded has nothing to wait for.
/// </summary>
public static class MigrationHistory
{
    public static async Task<bool> IsUpToDateAsync(CeGraphDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var options = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        if (options.MigrationsHistoryTableSchema is not null)
        {
            return false;
        }

        var table = options.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName;
        var connection = db.Database.GetDbConnection();
        if (!await TableExistsAsync(connection, provider, table, cancellationToken))
        {
            return false;
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return db.Database.GetMigrations().All(applied.Contains);
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, DatabaseProvider provider, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // The same lookups as EF Core's history repositories (SQLite's schema table; PostgreSQL's search path).
        command.CommandText = provider == DatabaseProvider.Postgres
            ? "SELECT to_regclass(@name) IS NOT NULL"
            : "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = provider == DatabaseProvider.Postgres ? $"\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : table;
        command.Parameters.Add(parameter);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is bool exists ? exists : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }
}

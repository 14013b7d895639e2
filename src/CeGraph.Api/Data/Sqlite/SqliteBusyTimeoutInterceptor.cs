using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>
/// Sets SQLite's own busy handler (<c>PRAGMA busy_timeout</c>) on every connection EF opens, to the connection string's
/// <c>Default Timeout</c> (30 s unless given). Without it a writer that finds the database locked polls every 150 ms
/// (Microsoft.Data.Sqlite's retry loop), so under contention many writers missed their turn and ran out of time; SQLite's
/// handler retries within milliseconds of the lock being freed. Past the timeout the write fails with SQLITE_BUSY, which
/// the API reports as a retryable DATABASE_BUSY error.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = CreatePragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = CreatePragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreatePragma(DbConnection connection)
    {
        var seconds = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout : 30;
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is a constant and an integer formatted here, not user input.
        command.CommandText = "PRAGMA busy_timeout = " + (seconds * 1000L).ToString(CultureInfo.InvariantCulture) + ";";
#pragma warning restore CA2100
        return command;
    }
}

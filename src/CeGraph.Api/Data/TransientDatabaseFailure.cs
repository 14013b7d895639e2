using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CeGraph.Api.Data;

/// <summary>
/// Recognises a database failure that a retry can cure (SQLite busy/locked after the busy timeout, a PostgreSQL
/// serialization failure or dropped connection) anywhere in the exception chain: <see cref="DbException.IsTransient"/>, and
/// SQLite's BUSY (5) and LOCKED (6), which Microsoft.Data.Sqlite does not mark transient.
/// </summary>
public static class TransientDatabaseFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>
/// SQLite's built-in <c>lower()</c> folds only ASCII letters, so a case-insensitive text filter (EF Core translates
/// <c>ToLower()</c> to <c>lower()</c>) missed "Übung" when asked for "übung", or even for "Übung" itself. This replaces
/// <c>lower()</c> on every connection with .NET's invariant lowercase mapping: the same one the filters apply to the search text.
/// </summary>
public sealed class SqliteUnicodeLowerInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeLowerInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>("lower", value => value?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}

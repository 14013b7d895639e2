using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// SQLite: one prepared <c>INSERT</c> per table (and one prepared <c>SELECT</c> per query of stored rows), kept for the
/// whole import and re-run per row with its values bound by position through the native API. Microsoft.Data.Sqlite
/// would look every parameter up by name on each run (and convert the name to UTF-8), which was a third of the import's
/// time. Values are bound as Microsoft.Data.Sqlite binds them (dates and GUIDs as the same text), so rows are
/// indistinguishable from those EF writes; they are read back through <see cref="SqliteStoredRow"/>.
/// </summary>
public sealed class SqliteBulkRowStore(SqliteConnection connection) : IBulkRowStore
{
    /// <summary>Prepared statements: inserts by their table's name, selects by their SQL.</summary>
    private readonly Dictionary<string, sqlite3_stmt> statements = new(StringComparer.Ordinal);

    /// <summary>The last time formatted, and its text (the format has no kind): a batch stamps most of its rows with one time.</summary>
    private (DateTime Time, string Text) lastTime = (DateTime.MinValue, TimeText(DateTime.MinValue));

    private sqlite3 Handle => connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");

    public Task ReadWhereInAsync<TKey>(string select, IReadOnlyCollection<TKey> keys, Action<IStoredRow> onRow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(onRow);
        var sql = select + "IN (SELECT value FROM json_each(?1))";
        var statement = statements.TryGetValue(sql, out var prepared) ? prepared : Prepare(sql, sql);
        try
        {
            Check(raw.sqlite3_bind_text(statement, 1, JsonArray(keys)));
            var row = new SqliteStoredRow(statement);
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                cancellationToken.ThrowIfCancellationRequested();
                onRow(row);
            }

            Check(step == raw.SQLITE_DONE ? raw.SQLITE_OK : step);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<long>> ReserveIdsAsync<TEntity>(BulkTable<TEntity> table, int count, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        using var command = connection.CreateCommand();
        // The import's transaction holds the write lock (BEGIN IMMEDIATE), so no other writer can take these ids. With
        // AUTOINCREMENT an id is never reused, even one whose row was deleted: hence sqlite_sequence as well as max(id).
        command.CommandText = $"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = $name), 0), coalesce((SELECT max({table.KeyColumn}) FROM {table.Name}), 0))";
        command.Parameters.AddWithValue("$name", table.Name.Trim('"'));
        var last = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = last + 1 + i;
        }

        return Task.FromResult<IReadOnlyList<long>>(ids);
    }

    public Task WriteAsync<TEntity>(BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var statement = statements.TryGetValue(table.Name, out var prepared) ? prepared : Prepare(table.Name, InsertSql(table));
        var columns = table.Columns;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var c = 0; c < columns.Count; c++)
            {
                Check(Bind(statement, c + 1, columns[c].ProviderValue(row), columns[c].Name));
            }

            var done = raw.sqlite3_step(statement);
            var reset = raw.sqlite3_reset(statement);
            Check(done == raw.SQLITE_DONE ? reset : done);
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }

        statements.Clear();
        return ValueTask.CompletedTask;
    }

    private static string InsertSql<TEntity>(BulkTable<TEntity> table)
        where TEntity : class
    {
        var placeholders = string.Join(", ", table.Columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"?{i + 1}")));
        return $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({placeholders})";
    }

    /// <summary>A JSON array of the keys, for <c>json_each</c>.</summary>
    private static string JsonArray<TKey>(IEnumerable<TKey> keys)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var key in keys)
            {
                if (key is int id)
                {
                    writer.WriteNumberValue(id);
                }
                else
                {
                    writer.WriteStringValue(key?.ToString());
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sqlite3_stmt Prepare(string key, string sql)
    {
        Check(raw.sqlite3_prepare_v2(Handle, sql, out var statement));
        statements.Add(key, statement);
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, Handle);
        }
    }

    private static string TimeText(DateTime time) => time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Microsoft.Data.Sqlite's text of a GUID (upper case), in one allocation.</summary>
    private static string UpperText(Guid guid) => string.Create(36, guid, static (chars, value) =>
    {
        value.TryFormat(chars, out _);
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.ToUpperInvariant(chars[i]);
        }
    });

    private string Text(DateTime time)
    {
        if (time != lastTime.Time)
        {
            lastTime = (time, TimeText(time));
        }

        return lastTime.Text;
    }

    /// <summary>The same storage classes and text forms as Microsoft.Data.Sqlite's own binder.</summary>
    private int Bind(sqlite3_stmt statement, int index, object? value, string column) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        byte number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        Enum member => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(member, CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(statement, index, number),
        float number => raw.sqlite3_bind_double(statement, index, number),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        DateTime time => raw.sqlite3_bind_text(statement, index, Text(time)),
        DateTimeOffset time => raw.sqlite3_bind_text(statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        Guid guid => raw.sqlite3_bind_text(statement, index, UpperText(guid)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"The SQLite bulk import cannot bind {value.GetType().Name} values (column {column}); add it to {nameof(SqliteBulkRowStore)}."),
    };
}

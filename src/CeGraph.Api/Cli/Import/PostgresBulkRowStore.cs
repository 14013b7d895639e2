using Npgsql;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// PostgreSQL: binary <c>COPY … FROM STDIN</c> per table and batch, the server's bulk-load path (one stream, no
/// statement per row). Ids come from the column's own identity sequence, so a server writing at the same time never
/// collides with the import.
/// </summary>
public sealed class PostgresBulkRowStore(NpgsqlConnection connection) : IBulkRowStore
{
    public async Task ReadWhereInAsync<TKey>(string select, IReadOnlyCollection<TKey> keys, Action<IStoredRow> onRow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(onRow);
        await using var command = connection.CreateCommand();
        command.CommandText = select + "= ANY(@keys)";
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var row = new DbStoredRow(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            onRow(row);
        }
    }

    public async Task<IReadOnlyList<long>> ReserveIdsAsync<TEntity>(BulkTable<TEntity> table, int count, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)";
        command.Parameters.AddWithValue("table", table.Name);
        command.Parameters.AddWithValue("column", table.KeyColumn.Trim('"'));
        command.Parameters.AddWithValue("count", count);
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public async Task WriteAsync<TEntity>(BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var columns = table.Columns;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.ProviderValue(row) is { } value)
                {
                    await importer.WriteAsync(value, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

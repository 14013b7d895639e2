using System.Data.Common;
using System.Globalization;
using System.Text;
using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// <c>INSERT INTO t (...) VALUES (...), (...) RETURNING ...</c> for many entities of one type, with table, column names
/// and parameter conversions (enums as names, dates, GUIDs) taken from the EF model, so rows match what EF itself writes.
/// Works on SQLite (3.35+) and PostgreSQL. The generated key is left out and read back through RETURNING.
/// SQLite binds parameters by name in linear time, so there one prepared single-row statement is re-run per row
/// (fast: no network); PostgreSQL gets many rows per statement to save round trips.
/// </summary>
public sealed class MultiRowInsert<TEntity>
    where TEntity : class
{
    /// <summary>Well under PostgreSQL's 65,535 parameters per statement.</summary>
    private const int MaxParameters = 30_000;

    private readonly Column[] columns;
    private readonly string head;
    private readonly string returning;
    private readonly ISqlGenerationHelper sql;
    private readonly int rowsPerStatement;

    public MultiRowInsert(CeGraphDbContext db, IReadOnlyList<string> returningProperties)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(returningProperties);
        sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(table)!);
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToList();
        columns = [.. properties.Select(p => new Column(p.GetGetter(), p.GetRelationalTypeMapping(), p.IsNullable))];
        head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(Column))}) VALUES ";
        rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / columns.Length);
        returning = returningProperties.Count == 0
            ? string.Empty
            : " RETURNING " + string.Join(", ", returningProperties.Select(n => Column(entity.FindProperty(n)!)));
    }

    /// <summary>Inserts <paramref name="rows"/> in as few statements as the parameter limit allows; <paramref name="onReturned"/> sees each RETURNING row.</summary>
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TEntity> rows, Action<DbDataReader>? onReturned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        DbCommand? command = null;
        try
        {
            for (var offset = 0; offset < rows.Count; offset += rowsPerStatement)
            {
                var chunk = Math.Min(rowsPerStatement, rows.Count - offset);
                if (command is null || command.Parameters.Count != chunk * columns.Length)
                {
                    // Same text, same command, same parameter objects: the provider keeps the statement prepared
                    // between runs, and each run only sets new values.
                    await DisposeAsync(command);
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = Text(chunk);
                    AddParameters(command, rows, offset, chunk);
                }
                else
                {
                    SetValues(command, rows, offset, chunk);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    onReturned?.Invoke(reader);
                }
            }
        }
        finally
        {
            await DisposeAsync(command);
        }
    }

    /// <summary>Parameters made by the EF type mappings, which convert values (enums to names) and set provider types.</summary>
    private void AddParameters(DbCommand command, IReadOnlyList<TEntity> rows, int offset, int chunk)
    {
        for (var r = 0; r < chunk; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                command.Parameters.Add(column.Mapping.CreateParameter(command, Name(r, c), column.Getter.GetClrValue(rows[offset + r]), column.IsNullable));
            }
        }
    }

    /// <summary>New values into the existing parameters, converted as <see cref="RelationalTypeMapping.CreateParameter"/> does.</summary>
    private void SetValues(DbCommand command, IReadOnlyList<TEntity> rows, int offset, int chunk)
    {
        for (var r = 0; r < chunk; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                var value = column.Getter.GetClrValue(rows[offset + r]);
                var converter = column.Mapping.Converter;
                command.Parameters[(r * columns.Length) + c].Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
        }
    }

    private string Text(int rowCount)
    {
        var text = new StringBuilder(head);
        for (var r = 0; r < rowCount; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(Name(r, c)));
            }

            text.Append(')');
        }

        return text.Append(returning).ToString();
    }

    private string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"p{(row * columns.Length) + column}");

    private static async ValueTask DisposeAsync(DbCommand? command)
    {
        if (command is not null)
        {
            await command.DisposeAsync();
        }
    }

    private sealed record Column(IClrPropertyGetter Getter, RelationalTypeMapping Mapping, bool IsNullable);
}

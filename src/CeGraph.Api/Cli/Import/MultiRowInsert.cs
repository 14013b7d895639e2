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

    private readonly IReadOnlyList<IProperty> columns;
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
        columns = [.. entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())];
        head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(Column))}) VALUES ";
        rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / columns.Count);
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
                if (command is null || command.Parameters.Count != chunk * columns.Count)
                {
                    // Same text, same command: the provider keeps the statement prepared between runs.
                    await DisposeAsync(command);
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = Text(chunk);
                }

                command.Parameters.Clear();
                for (var r = 0; r < chunk; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var property = columns[c];
                        var value = property.GetGetter().GetClrValue(rows[offset + r]);
                        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, Name(r, c), value, property.IsNullable));
                    }
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

    private string Text(int rowCount)
    {
        var text = new StringBuilder(head);
        for (var r = 0; r < rowCount; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(Name(r, c)));
            }

            text.Append(')');
        }

        return text.Append(returning).ToString();
    }

    private string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"p{(row * columns.Count) + column}");

    private static async ValueTask DisposeAsync(DbCommand? command)
    {
        if (command is not null)
        {
            await command.DisposeAsync();
        }
    }
}

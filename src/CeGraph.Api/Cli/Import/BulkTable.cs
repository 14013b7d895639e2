using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// One table's name and every mapped column, key included, taken from the EF model: a column added to the model later
/// is written by the bulk paths without touching them. Values come out already converted for the provider (enums as
/// names), as EF itself would send them.
/// </summary>
public sealed class BulkTable<TEntity>
    where TEntity : class
{
    public BulkTable(CeGraphDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var key = entity.FindPrimaryKey()?.Properties is [var single] ? single : throw new InvalidOperationException($"{typeof(TEntity).Name} needs a single-column key.");
        Name = sql.DelimitIdentifier(table.Name, table.Schema);
        KeyColumn = sql.DelimitIdentifier(key.GetColumnName(table)!);
        Columns = [.. properties.Select(p => new BulkColumn(sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetGetter(), p.GetRelationalTypeMapping().Converter))];
    }

    /// <summary>The delimited (and schema-qualified) table name.</summary>
    public string Name { get; }

    /// <summary>The delimited name of the generated key column, which the bulk paths fill from reserved ids.</summary>
    public string KeyColumn { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

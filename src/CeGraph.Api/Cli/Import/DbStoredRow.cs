using System.Data.Common;

namespace CeGraph.Api.Cli.Import;

/// <summary>A <see cref="DbDataReader"/>'s current row as an <see cref="IStoredRow"/> (PostgreSQL: the types are native).</summary>
public sealed class DbStoredRow(DbDataReader reader) : IStoredRow
{
    public bool IsDBNull(int ordinal) => reader.IsDBNull(ordinal);

    public int GetInt32(int ordinal) => reader.GetInt32(ordinal);

    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);

    public bool GetBoolean(int ordinal) => reader.GetBoolean(ordinal);

    public string GetString(int ordinal) => reader.GetString(ordinal);

    public Guid GetGuid(int ordinal) => reader.GetGuid(ordinal);

    public DateOnly GetDateOnly(int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public DateTime GetDateTime(int ordinal) => reader.GetDateTime(ordinal);
}

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// The current row of a query the import reads stored rows with (<see cref="IBulkRowStore.ReadWhereInAsync"/>): columns
/// by position, in the types EF maps them to. Valid only inside the callback it is passed to.
/// </summary>
public interface IStoredRow
{
    bool IsDBNull(int ordinal);

    int GetInt32(int ordinal);

    long GetInt64(int ordinal);

    bool GetBoolean(int ordinal);

    string GetString(int ordinal);

    Guid GetGuid(int ordinal);

    DateOnly GetDateOnly(int ordinal);

    DateTime GetDateTime(int ordinal);
}

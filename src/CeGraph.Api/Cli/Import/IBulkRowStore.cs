namespace CeGraph.Api.Cli.Import;

/// <summary>
/// The provider's fastest way to read stored rows and add brand-new ones inside the import's open transaction: ids are
/// reserved up front (so no row has to be read back to learn its key) and rows are written without the change tracker.
/// </summary>
public interface IBulkRowStore : IAsyncDisposable
{
    /// <summary>
    /// Runs <paramref name="select"/>, which ends in <c>WHERE "Column" </c>, completed with "IN the keys" as one array
    /// parameter (json_each on SQLite, <c>= ANY</c> on PostgreSQL: SQLite binds a thousand separate parameters by name in
    /// quadratic time), and calls <paramref name="onRow"/> for each row.
    /// </summary>
    Task ReadWhereInAsync<TKey>(string select, IReadOnlyCollection<TKey> keys, Action<IStoredRow> onRow, CancellationToken cancellationToken);

    /// <summary>Ids for <paramref name="count"/> new rows of the table, never handed out before.</summary>
    Task<IReadOnlyList<long>> ReserveIdsAsync<TEntity>(BulkTable<TEntity> table, int count, CancellationToken cancellationToken)
        where TEntity : class;

    /// <summary>Inserts the rows with every mapped column, key included.</summary>
    Task WriteAsync<TEntity>(BulkTable<TEntity> table, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class;
}

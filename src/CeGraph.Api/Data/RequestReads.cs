using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data;

/// <summary>
/// One context (and on SQLite one open connection) for all of a request's reads (scoped), taken in turn. Each batch used
/// to rent its own context and open its own connection, four to six per page: under load the threads then queued on
/// Microsoft.Data.Sqlite's pool lock (the profile's largest item). Reads of one request run one after another here, which
/// costs nothing on a busy server (the other requests use the cores). Writes keep their own contexts.
/// </summary>
public sealed class RequestReads(IDbContextFactory<CeGraphDbContext> contextFactory) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private CeGraphDbContext? _db;
    private bool _disposed;

    public async Task<T> RunAsync<T>(Func<CeGraphDbContext, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_db is null)
            {
                var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                try
                {
                    // SQLite only: it has no connection cap. On PostgreSQL a request holding a pooled connection while its
                    // mutation waits for another could exhaust a small pool; there EF opens and returns one per query.
                    if (db.Database.IsSqlite())
                    {
                        await db.Database.OpenConnectionAsync(cancellationToken);
                    }
                }
                catch
                {
                    await db.DisposeAsync();
                    throw;
                }

                _db = db;
            }

            return await read(_db, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>For scopes disposed synchronously (tools and tests that create their own scope).</summary>
    public void Dispose()
    {
        _turn.Wait();
        try
        {
            _disposed = true;
            _db?.Dispose();
            _db = null;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            _disposed = true;
            if (_db is not null)
            {
                await _db.DisposeAsync();
                _db = null;
            }
        }
        finally
        {
            _turn.Release();
        }
    }
}

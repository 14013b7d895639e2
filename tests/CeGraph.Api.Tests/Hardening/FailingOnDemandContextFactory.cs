using CeGraph.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The real context factory, except that it throws while <see cref="Fail"/> is set: an exception full of internals, or
/// with <see cref="Busy"/> SQLite's "database is locked". <see cref="NextFailure"/> and <see cref="NextContext"/> let a
/// test wait for whoever asks for a context next, the background services included.
/// </summary>
public sealed class FailingOnDemandContextFactory(IDbContextFactory<CeGraphDbContext> inner) : IDbContextFactory<CeGraphDbContext>
{
    private TaskCompletionSource nextFailure = NewSource();
    private TaskCompletionSource nextContext = NewSource();

    public bool Fail { get; set; }

    public bool Busy { get; set; }

    /// <summary>Completes when the factory next throws.</summary>
    public Task NextFailure => Volatile.Read(ref nextFailure).Task;

    /// <summary>Completes when the factory next hands out a context.</summary>
    public Task NextContext => Volatile.Read(ref nextContext).Task;

    public CeGraphDbContext CreateDbContext()
    {
        ThrowWhenFailing();
        var context = inner.CreateDbContext();
        Interlocked.Exchange(ref nextContext, NewSource()).TrySetResult();
        return context;
    }

    public async Task<CeGraphDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        ThrowWhenFailing();
        var context = await inner.CreateDbContextAsync(cancellationToken);
        Interlocked.Exchange(ref nextContext, NewSource()).TrySetResult();
        return context;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void ThrowWhenFailing()
    {
        if (!Fail)
        {
            return;
        }

        Exception failure = Busy ? new SqliteException("SQLite Error 5: 'database is locked'.", 5) : new InvalidOperationException(TestOnlyFields.SecretDetail);
        Interlocked.Exchange(ref nextFailure, NewSource()).TrySetResult();
        throw failure;
    }
}

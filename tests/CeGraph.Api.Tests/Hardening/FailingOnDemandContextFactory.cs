using CeGraph.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The real context factory, except that it throws while <see cref="Fail"/> is set: an exception full of internals, or
/// with <see cref="Busy"/> SQLite's "database is locked".
/// </summary>
public sealed class FailingOnDemandContextFactory(IDbContextFactory<CeGraphDbContext> inner) : IDbContextFactory<CeGraphDbContext>
{
    public bool Fail { get; set; }

    public bool Busy { get; set; }

    public CeGraphDbContext CreateDbContext() => Fail ? throw Failure() : inner.CreateDbContext();

    public Task<CeGraphDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Fail ? throw Failure() : inner.CreateDbContextAsync(cancellationToken);

    private Exception Failure() => Busy ? new SqliteException("SQLite Error 5: 'database is locked'.", 5) : new InvalidOperationException(TestOnlyFields.SecretDetail);
}

using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>The real context factory, except that it throws (with a message full of internals) while <see cref="Fail"/> is set.</summary>
public sealed class FailingOnDemandContextFactory(IDbContextFactory<CeGraphDbContext> inner) : IDbContextFactory<CeGraphDbContext>
{
    public bool Fail { get; set; }

    public CeGraphDbContext CreateDbContext() => Fail ? throw Failure() : inner.CreateDbContext();

    public Task<CeGraphDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Fail ? throw Failure() : inner.CreateDbContextAsync(cancellationToken);

    private static InvalidOperationException Failure() => new(TestOnlyFields.SecretDetail);
}

using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data;

/// <summary>Exposes a provider's pooled factory as the provider-neutral <see cref="IDbContextFactory{CeGraphDbContext}"/>.</summary>
public sealed class ContextFactoryAdapter<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CeGraphDbContext>
    where TContext : CeGraphDbContext
{
    public CeGraphDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<CeGraphDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}

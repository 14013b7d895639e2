using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CeGraph.Api.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresCeGraphDbContext</c> build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCeGraphDbContext>
{
    public PostgresCeGraphDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCeGraphDbContext>().UseNpgsql("Host=127.0.0.1;Database=cegraph_design").Options);
}

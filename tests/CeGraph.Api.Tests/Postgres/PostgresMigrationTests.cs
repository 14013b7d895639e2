using CeGraph.Api.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Postgres;

/// <summary>Needs no server: compares the model with the PostgreSQL migration snapshot.</summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public void Model_MatchesThePostgresMigrations()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The EF model changed without a PostgreSQL migration: dotnet tool run dotnet-ef migrations add <Name> --project src/CeGraph.Api " +
            "--context PostgresCeGraphDbContext --output-dir Data/Postgres/Migrations");
    }
}

using CeGraph.Api.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Startup;

/// <summary>
/// Needs no database: compares the model with the SQLite migration snapshot. The server's <c>Migrate</c> skips this
/// check (<c>PendingModelChangesCheck</c>), so this test is where a model change without a migration is caught.
/// </summary>
public sealed class SqliteMigrationTests
{
    [Fact]
    public void Model_MatchesTheSqliteMigrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The EF model changed without a SQLite migration: dotnet tool run dotnet-ef migrations add <Name> --project src/CeGraph.Api " +
            "--context SqliteCeGraphDbContext --output-dir Data/Sqlite/Migrations");
    }
}

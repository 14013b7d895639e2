using CeGraph.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CeGraph.Api.Data.Seeding;

/// <summary>Migrates the database and runs the idempotent seeders. Runs on every start, in every environment.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<CeGraphDbContext> contextFactory,
    DatabaseSettings settings,
    IConfiguration configuration,
    TimeProvider clock,
    Feed.CatalogChangeWriter changeLog,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers run while a writer commits; it is a property of the file, so set it once here.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Several nodes may start at once on one PostgreSQL database: the migrator locks itself, but the
        // seeders would race to insert the same rows. One session-level advisory lock runs them one after another.
        // Creating the history table first spares a fresh PostgreSQL database EF Core's logged "relation does not exist" error.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await using var startupLock = await PostgresStartupLock.AcquireAsync(db, settings.Provider, cancellationToken);
        await OutlineSeeder.SeedAsync(db, changeLog, clock.UtcNow(), cancellationToken);
        await RequirementSeeder.SeedAsync(db, clock, cancellationToken);
        await BootstrapAdminKey.EnsureAsync(db, configuration[BootstrapAdminKey.VariableName], clock, cancellationToken);
        if (configuration.GetValue("Seed:SampleCatalog", defaultValue: true))
        {
            await SampleCatalogSeeder.SeedAsync(db, clock, cancellationToken);
        }

        logger.LogInformation("Database ready ({Provider}).", settings.Provider);
    }
}

using CeGraph.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// Migrates the database and runs the idempotent seeders. Runs on every start, in every environment. On a database that is
/// already migrated and holds the current seed, plain-SQL checks (<see cref="MigrationHistory"/>, <see cref="SeedPresence"/>)
/// stand in for the migrator and the seeders, so such a start compiles no LINQ query and builds no migration model.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<CeGraphDbContext> contextFactory,
    DatabaseSettings settings,
    IConfiguration configuration,
    TimeProvider clock,
    ChangeLog.CatalogChangeWriter changeLog,
    ILogger<DatabaseInitializer> logger)
{
    public async Task<DatabaseInitialization> InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Open for the whole start (EF Core counts the opens): the checks below run plain commands on this connection.
        await DatabaseConnectionOpener.OpenAsync(db, settings.Provider, cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers run while a writer commits; it is a property of the file, so set it once here.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var migrated = false;
        if (!await MigrationHistory.IsUpToDateAsync(db, settings.Provider, cancellationToken))
        {
            // Creating the history table first spares a fresh PostgreSQL database EF Core's logged "relation does not exist" error.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            migrated = true;
        }

        // Several nodes may start at once on one PostgreSQL database: the migrator locks itself, but the
        // seeders would race to insert the same rows. One session-level advisory lock runs them one after another;
        // the presence checks run under it too, so a node sees either none or all of another node's seeding.
        await using var startupLock = await PostgresStartupLock.AcquireAsync(db, settings.Provider, cancellationToken);
        var connection = db.Database.GetDbConnection();
        var seeded = new List<string>();
        var outlineSeed = OutlineSeedFile.Load();
        if (!await SeedPresence.OutlinesCompleteAsync(connection, outlineSeed, cancellationToken))
        {
            await OutlineSeeder.SeedAsync(db, outlineSeed, changeLog, clock.UtcNow(), cancellationToken);
            seeded.Add(DatabaseInitialization.Outlines);
        }

        if (!await SeedPresence.RequirementsCompleteAsync(connection, settings.Provider, cancellationToken))
        {
            await RequirementSeeder.SeedAsync(db, clock, cancellationToken);
            seeded.Add(DatabaseInitialization.Requirements);
        }

        await BootstrapAdminKey.EnsureAsync(db, configuration[BootstrapAdminKey.VariableName], clock, cancellationToken);
        if (configuration.GetValue("Seed:SampleCatalog", defaultValue: true) && !await SeedPresence.SampleCatalogCompleteAsync(connection, cancellationToken))
        {
            await SampleCatalogSeeder.SeedAsync(db, clock, cancellationToken);
            seeded.Add(DatabaseInitialization.SampleCatalog);
        }

        var result = new DatabaseInitialization(migrated, seeded);
        logger.LogInformation(
            "Database ready ({Provider}): {Migrations}; {Seeding}.",
            settings.Provider,
            migrated ? "migrations applied" : "migrations up to date",
            seeded.Count == 0 ? "seed data already present" : "seeded " + string.Join(", ", seeded));
        return result;
    }
}

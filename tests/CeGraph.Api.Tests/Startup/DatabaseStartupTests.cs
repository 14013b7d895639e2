using CeGraph.Api.Data;
using CeGraph.Api.Data.Seeding;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Startup;

/// <summary>
/// A start on a database that is already migrated and seeded (<see cref="DatabaseInitializer"/> run again on the app's database,
/// as a restart does): plain-SQL checks stand in for the migrator and the seeders when nothing is missing, and whatever is
/// missing (a seed that gained an outline version, a deleted requirement, the sample catalog switched on) is still added.
/// Each test has its own app, because each changes its database.
/// </summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task Restart_OnAnUpToDateDatabase_RunsNeitherTheMigratorNorAnySeeder_AndChangesNothing()
    {
        await using var app = new CeGraphTestApp();
        var before = await app.FingerprintAsync();

        var result = await InitializeAgainAsync(app);

        Assert.False(result.Migrated);
        Assert.Empty(result.Seeders);
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Fact]
    public async Task Restart_WhenTheSeedHasAnOutlineVersionTheDatabaseLacks_AddsAndPublishesIt_ThenSkipsAgain()
    {
        await using var app = new EmptyCatalogTestApp();
        // As if the seed file had gained R's 2012-01 examination outline since the database was seeded.
        await app.ScalarAsync(
            """UPDATE "Outlines" SET "Version" = 'retired' WHERE "Version" = '2012-01' AND "Kind" = 'Examination' AND "DisciplineId" = (SELECT "Id" FROM "Disciplines" WHERE "Code" = 'R')""");
        var outlines = await app.CountRowsAsync("Outlines");
        var changes = await app.CountRowsAsync("CatalogChanges");

        var result = await InitializeAgainAsync(app);

        Assert.Equal([DatabaseInitialization.Outlines], result.Seeders);
        Assert.Equal(outlines + 1, await app.CountRowsAsync("Outlines"));
        Assert.Equal(changes + 1, await app.CountRowsAsync("CatalogChanges"));
        Assert.Equal(1L, Convert.ToInt64(await app.ScalarAsync(
            """SELECT COUNT(*) FROM "Outlines" o JOIN "Disciplines" d ON d."Id" = o."DisciplineId" WHERE d."Code" = 'R' AND o."Kind" = 'Examination' AND o."Version" = '2012-01'"""), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty((await InitializeAgainAsync(app)).Seeders);
    }

    [Fact]
    public async Task Restart_WhenASeededRequirementIsMissing_SeedsItAgain_ThenSkipsAgain()
    {
        await using var app = new EmptyCatalogTestApp();
        var requirements = await app.CountRowsAsync("Requirements");
        await app.ScalarAsync("""DELETE FROM "Requirements" WHERE "IsPublic" AND "DisciplineId" = (SELECT "Id" FROM "Disciplines" WHERE "Code" = 'MR')""");
        Assert.Equal(requirements - 1, await app.CountRowsAsync("Requirements"));

        var result = await InitializeAgainAsync(app);

        Assert.Equal([DatabaseInitialization.Requirements], result.Seeders);
        Assert.Equal(requirements, await app.CountRowsAsync("Requirements"));
        Assert.Empty((await InitializeAgainAsync(app)).Seeders);
    }

    [Fact]
    public async Task Restart_WithTheSampleCatalogSwitchedOn_SeedsIt_ThenSkipsAgain()
    {
        await using var app = new EmptyCatalogTestApp();
        Assert.Equal(0L, await app.CountRowsAsync("Activities"));
        var sampleOn = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:SampleCatalog"] = "true" }).Build();
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(app.Services, (IConfiguration)sampleOn);

        var result = await initializer.InitializeAsync(CancellationToken.None);

        Assert.Equal([DatabaseInitialization.SampleCatalog], result.Seeders);
        Assert.Equal(SampleCatalogSeeder.ActivityCount, await app.CountRowsAsync("Activities"));
        Assert.Empty((await initializer.InitializeAsync(CancellationToken.None)).Seeders);
    }

    [Fact]
    public async Task MigrationHistory_IsUpToDateOnlyWhileEveryMigrationIsRecorded()
    {
        await using var app = new EmptyCatalogTestApp();
        var provider = app.Services.GetRequiredService<DatabaseSettings>().Provider;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CeGraphDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var last = db.Database.GetMigrations().Last();

        Assert.True(await MigrationHistory.IsUpToDateAsync(db, provider, CancellationToken.None));

        await app.ScalarAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = @id""", ("@id", last));
        Assert.False(await MigrationHistory.IsUpToDateAsync(db, provider, CancellationToken.None));

        await app.ScalarAsync("""ALTER TABLE "__EFMigrationsHistory" RENAME TO "HistoryElsewhere" """);
        Assert.False(await MigrationHistory.IsUpToDateAsync(db, provider, CancellationToken.None));
    }

    private static async Task<DatabaseInitialization> InitializeAgainAsync(CeGraphTestApp app) =>
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

using CeGraph.Api.Cli;
using CeGraph.Api.Tests.Cli;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Postgres;

/// <summary>The import/export CLI against PostgreSQL: migrate a fresh database, import, read back, and export like SQLite does.</summary>
public sealed class PostgresImportTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly CliRun sqlite = new();

    [PostgresFact]
    public async Task Import_IntoFreshDatabase_MigratesStoresAndReimportsUnchanged_AndExportsLikeSqlite()
    {
        SmallDataset.Write(sqlite.Path("ds"), 50);

        var first = await RunOnPostgresAsync("import", sqlite.Path("ds"));
        var second = await RunOnPostgresAsync("import", sqlite.Path("ds"));

        Assert.True(first.ExitCode == CliExitCodes.Success, first.ToString());
        Assert.Equal("activities: read 50, created 50, updated 0, unchanged 0, rejected 0", first.ActivitiesLine);
        Assert.Equal("activities: read 50, created 0, updated 0, unchanged 50, rejected 0", second.ActivitiesLine);
        await using (var db = fixture.Database.CreateContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var activity = await db.Activities.Include(a => a.Sponsor).Include(a => a.Distributions).ThenInclude(d => d.Lines).ThenInclude(l => l.Category)
                .SingleAsync(a => a.Code == "ACT-0003");
            Assert.Equal("Röntgen – Test Activity 3", activity.Title);
            Assert.Equal(Credits.Parse("3.00"), activity.Credits);
            Assert.Equal(["PC.2", "PC.1"], activity.Distributions.Single(d => d.Kind == OutlineKind.CqrSsa).Lines.OrderBy(l => l.Ordinal).Select(l => l.Category!.Code));
            Assert.Equal(50, await db.Activities.CountAsync(a => a.Code.StartsWith("ACT-")));
            Assert.True(await db.Outlines.CountAsync() > 4, "the seeded ARRT outlines are there too");
        }

        await sqlite.RunAsync("import", sqlite.Path("ds"));
        var fromPostgres = await RunOnPostgresAsync("export", sqlite.Path("pg-export"));
        var fromSqlite = await sqlite.RunAsync("export", sqlite.Path("sqlite-export"));
        Assert.True(fromPostgres.ExitCode == CliExitCodes.Success, fromPostgres.ToString());
        Assert.True(fromSqlite.ExitCode == CliExitCodes.Success, fromSqlite.ToString());
        foreach (var file in new[] { "outlines.json", "activities.jsonl" })
        {
            Assert.Equal(await File.ReadAllTextAsync(sqlite.Path($"sqlite-export/{file}")), await File.ReadAllTextAsync(sqlite.Path($"pg-export/{file}")));
        }
    }

    [PostgresFact]
    public async Task Import_BadLine_IsRejectedAndNothingOfItIsStored()
    {
        var bad = SmallDataset.Line("PG-BAD", "t", "S1", "1.00", "A", "DISTRIBUTED", new DateOnly(2024, 1, 1), null,
            $"[{SmallDataset.Distribution("TA", "CQR_SSA", "2024-01", ("PC.1", 5))}]");
        SmallDataset.Write(sqlite.Path("bad"), 0, [bad]); // only the bad line: the class shares one database

        var result = await RunOnPostgresAsync("import", sqlite.Path("bad"));

        Assert.Equal(CliExitCodes.SomeLinesRejected, result.ExitCode);
        Assert.Contains("activities.jsonl:1: rejected: the lines for TA/CQR_SSA/2024-01 sum to 1.25", result.Error);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Activities.AnyAsync(a => a.Code == "PG-BAD"));
    }

    [PostgresFact]
    public async Task Import_ChangedLine_UpdatesActivityAndReplacesItsDistribution()
    {
        var distribution = SmallDataset.Distribution("TA", "CQR_SSA", "2024-01", ("PC.1", 4));
        var original = SmallDataset.Line("PG-UPD", "Before", "S1", "1.00", "A", "DISTRIBUTED", new DateOnly(2024, 1, 1), null, $"[{distribution}]");
        var changed = SmallDataset.Line("PG-UPD", "After", "S2", "2.00", "A", "DISTRIBUTED", new DateOnly(2024, 1, 1), null,
            $"[{SmallDataset.Distribution("TA", "CQR_SSA", "2024-01", ("PC.2", 3), ("PC.1", 5))}]");
        SmallDataset.Write(sqlite.Path("v1"), 0, [original]);
        SmallDataset.Write(sqlite.Path("v2"), 0, [changed]);

        await RunOnPostgresAsync("import", sqlite.Path("v1"));
        var result = await RunOnPostgresAsync("import", sqlite.Path("v2"));

        Assert.Equal("activities: read 1, created 0, updated 1, unchanged 0, rejected 0", result.ActivitiesLine);
        await using var db = fixture.Database.CreateContext();
        var activity = await db.Activities.Include(a => a.Distributions).ThenInclude(d => d.Lines).SingleAsync(a => a.Code == "PG-UPD");
        Assert.Equal("After", activity.Title);
        Assert.Equal([75L, 125L], Assert.Single(activity.Distributions).Lines.OrderBy(l => l.Ordinal).Select(l => l.CreditHundredths));
    }

    [PostgresFact]
    public async Task Import_IntoMissingDatabase_CreatesMigratesAndFillsIt()
    {
        await using var missing = PostgresTestDatabase.NotYetCreated("missing");
        SmallDataset.Write(sqlite.Path("ds"), 3);

        var result = await CliRun.RunWithAsync("import", sqlite.Path("ds"), ["--Database:Provider=Postgres", $"--ConnectionStrings:CeGraph={missing.ConnectionString}", "--Seed:SampleCatalog=false"]);

        Assert.True(result.ExitCode == CliExitCodes.Success, result.ToString());
        await using var db = missing.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(3, await db.Activities.CountAsync(a => a.Code.StartsWith("ACT-")));
    }

    private Task<CliResult> RunOnPostgresAsync(string command, string folder) =>
        CliRun.RunWithAsync(command, folder, ["--Database:Provider=Postgres", $"--ConnectionStrings:CeGraph={fixture.Database.ConnectionString}", "--Seed:SampleCatalog=false"]);

    public void Dispose() => sqlite.Dispose();
}

using CeGraph.Api.Cli;
using CeGraph.Api.Tests.Cli;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Activities;

/// <summary>
/// A remembered <c>totalCount</c> stays right when another process writes the same database: here the <c>import</c>
/// command, with its own host and caches, as a second API node would (on SQLite or on PostgreSQL, whichever the suite runs on).
/// </summary>
public sealed class ActivityCountCacheAcrossProcessesTests(CeGraphTestApp app) : IClassFixture<CeGraphTestApp>, IDisposable
{
    private readonly CliRun folders = new();

    [Fact]
    public async Task TotalCount_AfterAnotherProcessImports_CountsTheImportedActivities()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        const string Count = """{ activities(first: 1, where: { code: { startsWith: "ACT-" } }) { totalCount } }""";
        await ImportAsync(2);
        Assert.Equal(2, (await admin.DataAsync(Count))["activities"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, (await admin.DataAsync(Count))["activities"]!["totalCount"]!.GetValue<int>());

        await ImportAsync(5);

        Assert.Equal(5, (await admin.DataAsync(Count))["activities"]!["totalCount"]!.GetValue<int>());
    }

    public void Dispose() => folders.Dispose();

    private async Task ImportAsync(int activities)
    {
        var folder = folders.Path($"ds{activities}");
        SmallDataset.Write(folder, activities);
        var provider = CeGraphAppFactory.IsPostgres ? "Postgres" : "Sqlite";
        var result = await CliRun.RunWithAsync("import", folder, [$"--ConnectionStrings:CeGraph={app.ConnectionString}", $"--Database:Provider={provider}", "--Seed:SampleCatalog=false"]);
        Assert.True(result.ExitCode == CliExitCodes.Success, result.ToString());
    }
}

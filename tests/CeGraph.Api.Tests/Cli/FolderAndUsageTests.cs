using CeGraph.Api.Cli;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Cli;

public sealed class FolderAndUsageTests : IDisposable
{
    private readonly CliRun run = new();

    [Fact]
    public async Task Import_MissingFolder_ExplainsAndExitsWithFailure()
    {
        var result = await run.RunAsync("import", run.Path("no-such-folder"));

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.False(File.Exists(run.Path("cegraph.db")), "the database is not touched before the folder is checked");
    }

    [Fact]
    public async Task Import_FolderWithoutActivities_ExplainsAndExitsWithFailure()
    {
        SmallDataset.Write(run.Path("ds"), 1);
        File.Delete(run.Path("ds/activities.jsonl"));

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("activities.jsonl", result.Error);
    }

    [Fact]
    public async Task Import_InvalidOutlines_ImportsNothing()
    {
        SmallDataset.Write(run.Path("ds"), 2);
        var outlines = SmallDataset.OutlinesJson.Replace("\"kind\": \"CQR_SSA\", \"version\": \"2019-01\"", "\"kind\": \"CQR\", \"version\": \"2019-01\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(run.Path("ds/outlines.json"), outlines);

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("kind must be one of", result.Error);
        await using var db = run.OpenDatabase();
        Assert.False(await db.Disciplines.AnyAsync(d => d.Code == "TA"));
        Assert.False(await db.Sponsors.AnyAsync(s => s.Code == "S1"));
    }

    [Fact]
    public async Task Import_MalformedOutlines_ExplainsAndExitsWithFailure()
    {
        SmallDataset.Write(run.Path("ds"), 1);
        await File.WriteAllTextAsync(run.Path("ds/outlines.json"), "{ \"disciplines\": [");

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("outlines.json is not valid", result.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1000")]
    [InlineData("many")]
    public async Task Import_ActivitiesPerTransactionNotPositive_ExplainsAndTouchesNothing(string value)
    {
        SmallDataset.Write(run.Path("ds"), 1);

        var result = await run.RunAsync("import", run.Path("ds"), $"--Import:ActivitiesPerTransaction={value}");

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("Import:ActivitiesPerTransaction must be a positive number", result.Error);
        Assert.False(File.Exists(run.Path("cegraph.db")), "the database is not touched when the setting is refused");
    }

    [Fact]
    public async Task Command_WithoutFolder_PrintsUsage()
    {
        using var error = new StringWriter();

        var exitCode = await CliCommands.RunAsync(["import"], new CliConsole(TextWriter.Null, error, false), CancellationToken.None);

        Assert.Equal(CliExitCodes.Failed, exitCode);
        Assert.StartsWith("Usage:", error.ToString());
    }

    [Fact]
    public async Task Import_UnreachableDatabase_ExplainsWithoutStackTrace()
    {
        SmallDataset.Write(run.Path("ds"), 1);

        var result = await CliRun.RunWithAsync("import", run.Path("ds"), ["--Database:Provider=Postgres", "--ConnectionStrings:CeGraph=Host=127.0.0.1;Port=1;Username=x;Password=hunter2;Database=x;Timeout=3"]);

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("could not be opened or migrated", result.Error);
        Assert.DoesNotContain("hunter2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    public void Dispose() => run.Dispose();
}

using CeGraph.Api.Cli;

namespace CeGraph.Api.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CliRun first = new();
    private readonly CliRun second = new();

    [Fact]
    public async Task ExportImportExport_IntoAnEmptyDatabase_GivesByteIdenticalFiles()
    {
        SmallDataset.Write(first.Path("ds"), 60);
        Assert.Equal(CliExitCodes.Success, (await first.RunAsync("import", first.Path("ds"))).ExitCode);

        var export1 = await first.RunAsync("export", first.Path("export1"));
        var import2 = await second.RunAsync("import", first.Path("export1"));
        var export2 = await second.RunAsync("export", second.Path("export2"));

        Assert.True(export1.ExitCode == CliExitCodes.Success, export1.ToString());
        Assert.True(import2.ExitCode == CliExitCodes.Success, import2.ToString());
        Assert.True(export2.ExitCode == CliExitCodes.Success, export2.ToString());
        foreach (var file in new[] { "outlines.json", "activities.jsonl" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(first.Path($"export1/{file}")), await File.ReadAllBytesAsync(second.Path($"export2/{file}")));
        }
    }

    [Fact]
    public async Task Export_WritesCodesInOrdinalOrderAndCreditsWithTwoDecimals()
    {
        SmallDataset.Write(first.Path("ds"), 12);
        await first.RunAsync("import", first.Path("ds"));

        await first.RunAsync("export", first.Path("out"));

        var lines = await File.ReadAllLinesAsync(first.Path("out/activities.jsonl"));
        Assert.Equal(12, lines.Length);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.StartsWith("""{"code":"ACT-0001","title":"Röntgen – Test Activity 1","sponsor":"S2","credits":"2.25","ceCategory":"A","status":"DISTRIBUTED",""", lines[0]);
        Assert.Contains("\"credits\":\"0.25\"", lines[0]);
        Assert.False(File.Exists(first.Path("out/activities.jsonl.partial")));
    }

    [Fact]
    public async Task Export_LeavesOutTheSampleCatalog()
    {
        SmallDataset.Write(first.Path("ds"), 2);
        await first.RunAsync("import", first.Path("ds"), "--Seed:SampleCatalog=true");

        await first.RunAsync("export", first.Path("out"), "--Seed:SampleCatalog=true");

        var activities = await File.ReadAllTextAsync(first.Path("out/activities.jsonl"));
        var outlines = await File.ReadAllTextAsync(first.Path("out/outlines.json"));
        Assert.DoesNotContain("SAMPLE-", activities);
        Assert.DoesNotContain("SAMPLE-", outlines);
        Assert.Contains("ACT-0002", activities);
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }
}

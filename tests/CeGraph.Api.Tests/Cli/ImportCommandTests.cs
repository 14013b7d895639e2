using CeGraph.Api.Cli;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliRun run = new();

    [Fact]
    public async Task Import_SameFolderTwice_SecondRunReportsEverythingUnchanged()
    {
        SmallDataset.Write(run.Path("ds"), 40);

        var first = await run.RunAsync("import", run.Path("ds"));
        var second = await run.RunAsync("import", run.Path("ds"));

        Assert.True(first.ExitCode == CliExitCodes.Success, first.ToString());
        Assert.Equal("activities: read 40, created 40, updated 0, unchanged 0, rejected 0", first.ActivitiesLine);
        Assert.True(second.ExitCode == CliExitCodes.Success, second.ToString());
        Assert.Equal("activities: read 40, created 0, updated 0, unchanged 40, rejected 0", second.ActivitiesLine);
        Assert.Contains("disciplines: created 0, updated 0, unchanged 2", second.Output);
        Assert.Contains("sponsors: created 0, updated 0, unchanged 3", second.Output);
        Assert.Contains("outlines: created 0, updated 0, unchanged 4", second.Output);
        Assert.Contains("nothing changed", second.Output);
    }

    [Fact]
    public async Task Import_StoresActivitiesExactly_WithDistributionsInLineOrder()
    {
        SmallDataset.Write(run.Path("ds"), 3);

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.True(result.ExitCode == CliExitCodes.Success, result.ToString());
        await using var db = run.OpenDatabase();
        var activity = await db.Activities.Include(a => a.Sponsor).Include(a => a.Distributions).ThenInclude(d => d.Lines).ThenInclude(l => l.Category)
            .SingleAsync(a => a.Code == "ACT-0003");
        Assert.Equal("Röntgen – Test Activity 3", activity.Title);
        Assert.Equal("S1", activity.Sponsor!.Code);
        Assert.Equal(Credits.Parse("3.00"), activity.Credits);
        Assert.False(activity.IsSample);
        var cqr = activity.Distributions.Single(d => d.Kind == OutlineKind.CqrSsa);
        Assert.Equal(["PC.2", "PC.1"], cqr.Lines.OrderBy(l => l.Ordinal).Select(l => l.Category!.Code));
        Assert.Equal(activity.CreditHundredths, cqr.TotalHundredths);
    }

    [Fact]
    public async Task Import_ChangedLine_UpdatesActivityAndReplacesItsDistribution()
    {
        SmallDataset.Write(run.Path("ds"), 5);
        await run.RunAsync("import", run.Path("ds"));
        var changed = SmallDataset.Line("ACT-0001", "Renamed", "S2", "2.00", "A", "DISTRIBUTED", new DateOnly(2024, 1, 2), null,
            $"[{SmallDataset.Distribution("TA", "CQR_SSA", "2019-01", ("PC.1", 8))}]");
        var lines = File.ReadAllLines(run.Path("ds/activities.jsonl"));
        lines[0] = changed;
        File.WriteAllLines(run.Path("ds/activities.jsonl"), lines);

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal("activities: read 5, created 0, updated 1, unchanged 4, rejected 0", result.ActivitiesLine);
        await using var db = run.OpenDatabase();
        var activity = await db.Activities.Include(a => a.Distributions).ThenInclude(d => d.Lines).SingleAsync(a => a.Code == "ACT-0001");
        Assert.Equal("Renamed", activity.Title);
        var distribution = Assert.Single(activity.Distributions);
        Assert.Equal(OutlineKind.CqrSsa, distribution.Kind);
        Assert.Equal(200, Assert.Single(distribution.Lines).CreditHundredths);
        Assert.Equal(0, await db.Distributions.CountAsync(d => d.Activity!.Code == "ACT-0001" && d.Kind == OutlineKind.StructuredEducation));
    }

    [Theory]
    [InlineData("\"name\": \"Infection Control\"", "\"name\": \"Infection Prevention\"")]
    [InlineData("\"code\": \"S.1\", \"name\": \"Radiation Protection\", \"examItems\": null, \"children\": []",
        "\"code\": \"S.1\", \"name\": \"Radiation Protection\", \"examItems\": null, \"children\": [ { \"code\": \"S.1.1\", \"name\": \"New\", \"examItems\": null, \"children\": [] } ]")]
    [InlineData("\"effectiveUntil\": \"2023-12-31\"", "\"effectiveUntil\": \"2024-06-30\"")]
    public async Task Import_ChangedPublishedOutlineVersion_IsRefusedWholeAndChangesNothing(string original, string replacement)
    {
        SmallDataset.Write(run.Path("ds"), 3);
        await run.RunAsync("import", run.Path("ds"));
        var outlines = File.ReadAllText(run.Path("ds/outlines.json"));
        Assert.Contains(original, outlines, StringComparison.Ordinal);
        File.WriteAllText(run.Path("ds/outlines.json"), outlines.Replace(original, replacement, StringComparison.Ordinal));

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal(CliExitCodes.Failed, result.ExitCode);
        Assert.Contains("a published outline version never changes", result.Output + result.Error, StringComparison.Ordinal);
        await using var db = run.OpenDatabase();
        Assert.Equal(0, await db.Categories.CountAsync(c => c.Name == "Infection Prevention" || c.Code == "S.1.1"));
        Assert.Equal(new DateOnly(2023, 12, 31), (await db.Outlines.SingleAsync(o => o.Version == "2019-01")).EffectiveUntil);
    }

    public void Dispose() => run.Dispose();
}

using CeGraph.Api.Cli;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Cli;

/// <summary>Each kind of bad line is rejected whole, reported with its number and reason; the other lines are imported.</summary>
public sealed class BadLineTests : IDisposable
{
    private const int BadLineNumber = 3;
    private static readonly DateOnly Approved = new(2024, 5, 1);
    private readonly CliRun run = new();

    public static TheoryData<string, string, string> BadLines() => new()
    {
        { "malformed JSON", """{"code":"BAD-1","title":"x",""", "malformed JSON" },
        { "not an object", "[1,2,3]", "malformed JSON" },
        { "unknown sponsor", Bad(sponsor: "NOPE"), "unknown sponsor 'NOPE'" },
        { "unknown discipline", Bad(distributions: $"[{SmallDataset.Distribution("ZZ", "CQR_SSA", "2024-01", ("PC.1", 4))}]"), "unknown discipline 'ZZ'" },
        { "unknown outline version", Bad(distributions: $"[{SmallDataset.Distribution("TA", "CQR_SSA", "1999-01", ("PC.1", 4))}]"), "unknown outline TA/CQR_SSA/1999-01" },
        { "unknown category", Bad(distributions: $"[{SmallDataset.Distribution("TA", "CQR_SSA", "2024-01", ("S.9", 4))}]"), "unknown category 'S.9'" },
        { "credits not a multiple of 0.25", Bad(credits: "1.10"), "not a multiple of 0.25" },
        { "credits zero", Bad(credits: "0.00"), "must be greater than 0" },
        { "credits negative", Bad(credits: "-1.00"), "is not a decimal string" },
        { "credits with three decimals", Bad(credits: "1.125"), "is not a decimal string" },
        { "line credits not a multiple of 0.25", Bad(distributions: $$"""[{"discipline":"TA","kind":"CQR_SSA","version":"2024-01","lines":[{"category":"PC.1","credits":"0.30"}]}]"""), "not a multiple of 0.25" },
        { "lines sum over the activity credits", Bad(credits: "1.00", distributions: $"[{SmallDataset.Distribution("TA", "CQR_SSA", "2024-01", ("PC.1", 3), ("PC.2", 2))}]"), "sum to 1.25, more than the activity's 1.00" },
        { "SUBMITTED with distributions", Bad(status: "SUBMITTED"), "SUBMITTED activity cannot have distributions" },
        { "unknown status", Bad(status: "APPROVED"), "status 'APPROVED'" },
        { "bad date", """{"code":"BAD-1","title":"t","sponsor":"S1","credits":"1.00","ceCategory":"A","status":"REJECTED","approvedOn":"2024-13-01","expiresOn":null,"distributions":[]}""", "approvedOn '2024-13-01'" },
        { "missing title", """{"code":"BAD-1","sponsor":"S1","credits":"1.00","ceCategory":"A","status":"REJECTED","approvedOn":"2024-01-01","distributions":[]}""", "title is missing" },
        { "line over 1 MiB", Bad(title: new string('x', 1_100_000)), "longer than 1,048,576 bytes" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Import_BadLine_IsRejectedWithLineNumberAndNothingOfItIsStored(string kind, string badLine, string reason)
    {
        var lines = new List<string> { SmallDataset.Activity(1), SmallDataset.Activity(2), badLine, SmallDataset.Activity(4) };
        SmallDataset.Write(run.Path("ds"), 0, lines);

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.True(result.ExitCode == CliExitCodes.SomeLinesRejected, $"{kind}: {result}");
        Assert.Contains($"activities.jsonl:{BadLineNumber}: rejected: ", result.Error);
        Assert.Contains(reason, result.Error);
        Assert.Equal("activities: read 4, created 3, updated 0, unchanged 0, rejected 1", result.ActivitiesLine);
        await using var db = run.OpenDatabase();
        Assert.False(await db.Activities.AnyAsync(a => a.Code == "BAD-1"), kind);
        Assert.Equal(3, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task Import_DuplicateCode_KeepsTheFirstAndRejectsTheSecond()
    {
        var duplicate = SmallDataset.Line(SmallDataset.Code(1), "Second copy", "S2", "1.00", "A", "REJECTED", Approved, null, "[]");
        SmallDataset.Write(run.Path("ds"), 0, [SmallDataset.Activity(1), SmallDataset.Activity(2), duplicate]);

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal(CliExitCodes.SomeLinesRejected, result.ExitCode);
        Assert.Contains("activities.jsonl:3: rejected: duplicate code ACT-0001 (first on line 1)", result.Error);
        await using var db = run.OpenDatabase();
        Assert.Equal("Röntgen – Test Activity 1", (await db.Activities.SingleAsync(a => a.Code == "ACT-0001")).Title);
    }

    [Fact]
    public async Task Import_TruncatedLastLine_IsRejectedAsTruncated()
    {
        SmallDataset.Write(run.Path("ds"), 3);
        var full = SmallDataset.Activity(4);
        await File.AppendAllTextAsync(run.Path("ds/activities.jsonl"), full[..(full.Length / 2)]); // no newline: cut short

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.Equal(CliExitCodes.SomeLinesRejected, result.ExitCode);
        Assert.Contains("activities.jsonl:4: rejected: truncated last line", result.Error);
        await using var db = run.OpenDatabase();
        Assert.False(await db.Activities.AnyAsync(a => a.Code == SmallDataset.Code(4)));
        Assert.Equal(3, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task Import_CompleteLastLineWithoutNewline_IsImported()
    {
        SmallDataset.Write(run.Path("ds"), 2);
        await File.AppendAllTextAsync(run.Path("ds/activities.jsonl"), SmallDataset.Activity(3));

        var result = await run.RunAsync("import", run.Path("ds"));

        Assert.True(result.ExitCode == CliExitCodes.Success, result.ToString());
        Assert.Equal("activities: read 3, created 3, updated 0, unchanged 0, rejected 0", result.ActivitiesLine);
    }

    private static string Bad(string sponsor = "S1", string credits = "1.00", string status = "DISTRIBUTED", string title = "Bad activity", string? distributions = null) =>
        SmallDataset.Line("BAD-1", title, sponsor, credits, "A", status, Approved, null,
            distributions ?? $"[{SmallDataset.Distribution("TA", "CQR_SSA", "2024-01", ("PC.1", 4))}]");

    public void Dispose() => run.Dispose();
}

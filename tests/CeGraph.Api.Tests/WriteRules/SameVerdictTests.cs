using System.Globalization;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Cli;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.WriteRules;

/// <summary>
/// One set of write rules: for each rule, a dataset line for <c>import</c> and a mutation with the same content get the same
/// verdict (both accepted, or both refused — the mutation with the rule's error code, the line with a rejection).
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class SameVerdictTests(CeGraphTestApp app) : IDisposable
{
    private const string GraphQLSponsor = "SAMPLE-FMTA";
    private readonly CliRun run = new();

    /// <summary>An activity as both paths take it; the code is made unique per case unless the case is about the code.</summary>
    public sealed record ActivityCase(string Rule, string? ExpectedCode, string? Code = null, string Title = "A valid title", string Credits = "1.00",
        string ApprovedOn = "2026-03-01", string? ExpiresOn = null);

    public static readonly IReadOnlyList<ActivityCase> ActivityCases =
    [
        new("code: valid", null),
        new("code: 64 characters", null, Code: new string('C', 64)),
        new("code: 65 characters", "INVALID_CODE", Code: new string('D', 65)),
        new("code: a space", "INVALID_CODE", Code: "HAS SPACE"),
        new("code: a slash", "INVALID_CODE", Code: "HAS/SLASH"),
        new("code: non-ASCII letter", "INVALID_CODE", Code: "RÖNTGEN-1"),
        new("title: blank", "INVALID_TEXT", Title: "   "),
        new("title: 500 characters", null, Title: new string('t', 500)),
        new("title: 501 characters", "INVALID_TEXT", Title: new string('t', 501)),
        new("title: accents and dashes", null, Title: "Röntgen – Dose «Basics»"),
        new("title: U+0001", "INVALID_CHARACTER", Title: "Start\u0001End"),
        new("title: U+001F", "INVALID_CHARACTER", Title: "Start\u001FEnd"),
        new("title: U+007F", "INVALID_CHARACTER", Title: "Start\u007FEnd"),
        new("title: U+0085 (C1 control)", "INVALID_CHARACTER", Title: "Start\u0085End"),
        new("title: tab", "INVALID_CHARACTER", Title: "Start\tEnd"),
        new("title: CR", "INVALID_CHARACTER", Title: "Start\rEnd"),
        new("title: LF", "INVALID_CHARACTER", Title: "Start\nEnd"),
        new("title: U+2028", "INVALID_CHARACTER", Title: "Start\u2028End"),
        new("title: right-to-left override U+202E", "INVALID_CHARACTER", Title: "Invoice \u202Efdp.exe"),
        new("title: left-to-right embedding U+202A", "INVALID_CHARACTER", Title: "Start\u202AEnd"),
        new("title: first-strong isolate U+2068", "INVALID_CHARACTER", Title: "Start\u2068End"),
        new("title: right-to-left mark U+200F", "INVALID_CHARACTER", Title: "Start\u200FEnd"),
        new("title: byte-order mark", "INVALID_CHARACTER", Title: "\uFEFFStart"),
        new("title: U+FFFF", "INVALID_CHARACTER", Title: "Start\uFFFFEnd"),
        new("title: U+FDD0", "INVALID_CHARACTER", Title: "Start\uFDD0End"),
        new("title: U+1FFFE", "INVALID_CHARACTER", Title: "Start\U0001FFFEEnd"),
        new("title: emoji (surrogate pair)", null, Title: "Heart \U0001FAC0 Imaging"),
        new("credits: 0", "INVALID_CREDITS", Credits: "0.00"),
        new("credits: negative", "INVALID_CREDITS", Credits: "-1.00"),
        new("credits: not a multiple of the increment", "INVALID_CREDITS", Credits: "0.30"),
        new("credits: the increment", null, Credits: "0.25"),
        new("credits: the cap", null, Credits: "1000.00"),
        new("credits: over the cap", "INVALID_CREDITS", Credits: "1000.25"),
        new("credits: far over the cap", "INVALID_CREDITS", Credits: "500000.00"),
        new("dates: expires before approval", "INVALID_DATE_RANGE", ApprovedOn: "2026-03-01", ExpiresOn: "2026-02-28"),
        new("dates: expires on the approval day", null, ApprovedOn: "2026-03-01", ExpiresOn: "2026-03-01"),
    ];

    /// <summary>A distribution as both paths take it: <c>Lines</c> category/credit pairs (categories exist in both catalogs).</summary>
    public sealed record DistributionCase(string Rule, string? ExpectedCode, int LineCount, string LineCredits);

    public static readonly IReadOnlyList<DistributionCase> DistributionCases =
    [
        new("lines: one valid line", null, 1, "1.00"),
        new("lines: none", "TOO_MANY_ITEMS", 0, "1.00"),
        new("lines: 201", "TOO_MANY_ITEMS", 201, "0.25"),
        new("line credits: not a multiple of the increment", "INVALID_CREDITS", 1, "0.30"),
        new("line credits: 0", "INVALID_CREDITS", 1, "0.00"),
    ];

    [Fact]
    public async Task WriteRules_ActivityFields_DatasetLineAndSubmitActivityAgree()
    {
        var codes = ActivityCases.Select((c, i) => c.Code ?? $"VERDICT-A{i}").ToArray();
        var importRejected = await ImportAsync(ActivityCases.Select((c, i) => ActivityLine(codes[i], c, "SUBMITTED", new JsonArray())));
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        var disagreements = new List<string>();
        for (var i = 0; i < ActivityCases.Count; i++)
        {
            var c = ActivityCases[i];
            var errors = await SubmitCodesAsync(admin, codes[i], c);
            Compare(c.Rule, c.ExpectedCode, errors, importRejected.Contains(i + 1), disagreements);
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public async Task WriteRules_DistributionLines_DatasetLineAndAssignCreditDistributionAgree()
    {
        var codes = DistributionCases.Select((_, i) => $"VERDICT-D{i}").ToArray();
        var importRejected = await ImportAsync(DistributionCases.Select((c, i) => ActivityLine(codes[i], new ActivityCase(c.Rule, null, Credits: "100.00"), "DISTRIBUTED",
            new JsonArray(new JsonObject
            {
                ["discipline"] = "TA",
                ["kind"] = "STRUCTURED_EDUCATION",
                ["version"] = "2023-01",
                ["lines"] = new JsonArray([.. Enumerable.Range(0, c.LineCount).Select(n => (JsonNode)new JsonObject { ["category"] = n == 0 ? "S.1" : $"X.{n}", ["credits"] = c.LineCredits })]),
            }))));
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        var disagreements = new List<string>();
        for (var i = 0; i < DistributionCases.Count; i++)
        {
            var c = DistributionCases[i];
            await SubmitAsync(admin, codes[i], 100m, GraphQLSponsor);
            var data = await admin.DataAsync(AssignDistribution, new
            {
                input = new
                {
                    activityCode = codes[i],
                    disciplineCode = "CT",
                    kind = "STRUCTURED_EDUCATION",
                    lines = Enumerable.Range(0, c.LineCount).Select(n => new { categoryCode = n == 0 ? "S.1" : $"X.{n}", credits = Decimal(c.LineCredits) }).ToArray(),
                },
            });
            Compare(c.Rule, c.ExpectedCode, ErrorCodes(data["assignCreditDistribution"]!), importRejected.Contains(i + 1), disagreements);
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static void Compare(string rule, string? expectedCode, string[] mutationErrors, bool lineRejected, List<string> disagreements)
    {
        var mutationAsExpected = expectedCode is null ? mutationErrors.Length == 0 : mutationErrors.Contains(expectedCode);
        if (!mutationAsExpected || lineRejected != expectedCode is not null)
        {
            disagreements.Add($"{rule}: expected {expectedCode ?? "accepted"}; mutation [{string.Join(", ", mutationErrors)}], dataset line {(lineRejected ? "rejected" : "accepted")}");
        }
    }

    private static async Task<string[]> SubmitCodesAsync(GraphQLClient client, string code, ActivityCase c)
    {
        var input = new JsonObject
        {
            ["code"] = code,
            ["title"] = c.Title,
            ["sponsorCode"] = GraphQLSponsor,
            ["credits"] = Decimal(c.Credits),
            ["ceCategory"] = "A",
            ["approvedOn"] = c.ApprovedOn,
            ["expiresOn"] = c.ExpiresOn,
        };
        var data = await client.DataAsync(SubmitActivity, new JsonObject { ["input"] = input });
        return ErrorCodes(data["submitActivity"]!);
    }

    /// <summary>Imports the lines into a fresh database; returns the numbers of the rejected lines.</summary>
    private async Task<HashSet<int>> ImportAsync(IEnumerable<string> lines)
    {
        SmallDataset.Write(run.Path("ds"), 0, lines);
        var result = await run.RunAsync("import", run.Path("ds"));
        return [.. result.Error.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("activities.jsonl:", StringComparison.Ordinal) && l.Contains(": rejected: ", StringComparison.Ordinal))
            .Select(l => int.Parse(l["activities.jsonl:".Length..l.IndexOf(": rejected", StringComparison.Ordinal)], CultureInfo.InvariantCulture))];
    }

    private static string ActivityLine(string code, ActivityCase c, string status, JsonArray distributions) => new JsonObject
    {
        ["code"] = code,
        ["title"] = c.Title,
        ["sponsor"] = "S1",
        ["credits"] = c.Credits,
        ["ceCategory"] = "A",
        ["status"] = status,
        ["approvedOn"] = c.ApprovedOn,
        ["expiresOn"] = c.ExpiresOn,
        ["distributions"] = distributions,
    }.ToJsonString();

    private static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public void Dispose() => run.Dispose();
}

using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Activities;

[Collection(WritableCatalog.Name)]
public sealed class AssignCreditDistributionTests(CeGraphTestApp app)
{
    private const string SponsorCode = "SAMPLE-TSPN";

    [Fact]
    public async Task AssignCreditDistribution_SubmittedActivity_StoresTheLinesAndMarksItDistributed()
    {
        using var reviewer = await ReviewerAsync();
        await NewActivityAsync("ASSIGN-OK-1", 4m);

        var response = await reviewer.PostAsync(AssignDistribution, new
        {
            input = new { activityCode = "ASSIGN-OK-1", disciplineCode = "CT", kind = "STRUCTURED_EDUCATION", lines = new[] { new { categoryCode = "S.1", credits = 1.5m }, new { categoryCode = "P", credits = 2.5m } } },
        });

        Snapshot.Match(JsonText.Pretty(response.Json));
        var activity = await ActivityAsync(reviewer, "ASSIGN-OK-1");
        Assert.Equal("DISTRIBUTED", activity["status"]!.GetValue<string>());
        Assert.Single(activity["distributions"]!.AsArray());
    }

    [Fact]
    public async Task AssignCreditDistribution_AgainForTheSameDisciplineAndKind_ReplacesOnlyThatDistribution()
    {
        using var reviewer = await ReviewerAsync();
        await NewActivityAsync("ASSIGN-REPLACE", 3m);
        await DistributeAsync(reviewer, "ASSIGN-REPLACE", "CT", "STRUCTURED_EDUCATION", ("PC.1", 1m), ("S.1", 1m), ("IP.1", 1m));
        await DistributeAsync(reviewer, "ASSIGN-REPLACE", "CT", "CQR_SSA", ("IP.2", 2m));

        await DistributeAsync(reviewer, "ASSIGN-REPLACE", "CT", "STRUCTURED_EDUCATION", ("P.2", 0.75m));

        var activity = await ActivityAsync(reviewer, "ASSIGN-REPLACE");
        var distributions = activity["distributions"]!.AsArray().Select(d => (
            d!["kind"]!.GetValue<string>(),
            string.Join(",", d["lines"]!.AsArray().Select(l => $"{l!["category"]!["code"]}={l["credits"]}")))).ToArray();
        Assert.Equal([("STRUCTURED_EDUCATION", "P.2=0.75"), ("CQR_SSA", "IP.2=2.00")], distributions.OrderByDescending(d => d.Item1, StringComparer.Ordinal));
        Assert.Equal(2L, await app.ScalarAsync(
            "SELECT COUNT(*) FROM \"Allocations\" l JOIN \"Distributions\" d ON d.\"Id\" = l.\"DistributionId\" JOIN \"Activities\" a ON a.\"Id\" = d.\"ActivityId\" WHERE a.\"Code\" = 'ASSIGN-REPLACE'"));
    }

    [Fact]
    public async Task AssignCreditDistribution_LinesAddingUpToExactlyTheActivityCredits_IsAccepted()
    {
        using var reviewer = await ReviewerAsync();
        await NewActivityAsync("ASSIGN-EXACT", 2.5m);

        var distribution = await DistributeAsync(reviewer, "ASSIGN-EXACT", "MR", "STRUCTURED_EDUCATION", ("IP.3", 1.25m), ("S.1", 1.25m));

        Assert.Equal(2.5m, distribution["totalCredits"]!.GetValue<decimal>());
    }

    public static TheoryData<string, string, string, string> InvalidDistributions() => new()
    {
        { "lines over the activity's credits", "ASSIGN-TARGET", """[{ "categoryCode": "PC.1", "credits": 1.5 }, { "categoryCode": "S.1", "credits": 0.75 }]""", "CREDITS_EXCEED_ACTIVITY" },
        { "unknown category", "ASSIGN-TARGET", """[{ "categoryCode": "ZZ.1", "credits": 1 }]""", "UNKNOWN_CATEGORY" },
        { "category of another outline", "ASSIGN-TARGET", """[{ "categoryCode": "IP.3", "credits": 1 }]""", "UNKNOWN_CATEGORY" },
        { "category twice", "ASSIGN-TARGET", """[{ "categoryCode": "S.1", "credits": 0.5 }, { "categoryCode": "S.1", "credits": 0.5 }]""", "DUPLICATE_CATEGORY" },
        { "credits 0", "ASSIGN-TARGET", """[{ "categoryCode": "S.1", "credits": 0 }]""", "INVALID_CREDITS" },
        { "credits 0.3", "ASSIGN-TARGET", """[{ "categoryCode": "S.1", "credits": 0.3 }]""", "INVALID_CREDITS" },
        { "no lines", "ASSIGN-TARGET", "[]", "TOO_MANY_ITEMS" },
        { "rejected activity", "ASSIGN-REJECTED", """[{ "categoryCode": "S.1", "credits": 1 }]""", "ACTIVITY_REJECTED" },
        { "unknown activity", "NO-SUCH-ACTIVITY", """[{ "categoryCode": "S.1", "credits": 1 }]""", "UNKNOWN_ACTIVITY" },
    };

    [Theory]
    [MemberData(nameof(InvalidDistributions))]
    public async Task AssignCreditDistribution_InvalidInput_ReturnsPayloadErrorAndChangesNothing(string caseName, string activityCode, string lines, string expectedCode)
    {
        using var reviewer = await ReviewerAsync();
        await app.SharedAsync("assign-tests targets", async () =>
        {
            await NewActivityAsync("ASSIGN-TARGET", 2m);
            await DistributeAsync(reviewer, "ASSIGN-TARGET", "CT", "STRUCTURED_EDUCATION", ("PC.1", 2m));
            await NewActivityAsync("ASSIGN-REJECTED", 2m);
            var rejected = await reviewer.DataAsync(RejectActivity, new { input = new { activityCode = "ASSIGN-REJECTED", reason = "Out of scope." } });
            return Succeeded(rejected["rejectActivity"]!);
        });
        var before = await app.FingerprintAsync();

        var data = await reviewer.DataAsync(AssignDistribution, new JsonObject
        {
            ["input"] = new JsonObject { ["activityCode"] = activityCode, ["disciplineCode"] = "CT", ["kind"] = "STRUCTURED_EDUCATION", ["lines"] = JsonNode.Parse(lines) },
        });

        Assert.Null(data["assignCreditDistribution"]!["distribution"]);
        Assert.True(ErrorCodes(data["assignCreditDistribution"]!).Contains(expectedCode), $"{caseName}: {data.ToJsonString()}");
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Theory]
    [InlineData("ZZ", "STRUCTURED_EDUCATION", "UNKNOWN_DISCIPLINE")]
    [InlineData("R", "STRUCTURED_EDUCATION", "NO_OUTLINE_IN_EFFECT")]
    [InlineData("MR", "CQR_SSA", "NO_OUTLINE_IN_EFFECT")]
    public async Task AssignCreditDistribution_NoSuchDisciplineOrOutline_ReturnsPayloadErrorAndChangesNothing(string discipline, string kind, string expectedCode)
    {
        using var reviewer = await ReviewerAsync();
        var before = await app.FingerprintAsync();

        var data = await reviewer.DataAsync(AssignDistribution, new
        {
            input = new { activityCode = "SAMPLE-0012", disciplineCode = discipline, kind, lines = new[] { new { categoryCode = "S.1", credits = 0.25m } } },
        });

        Assert.Contains(expectedCode, ErrorCodes(data["assignCreditDistribution"]!));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    private async Task NewActivityAsync(string code, decimal credits)
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        await SubmitAsync(admin, code, credits, SponsorCode);
    }

    private static async Task<JsonNode> ActivityAsync(GraphQLClient client, string code) =>
        (await client.DataAsync("query($code: String!) { activity(code: $code) { status distributions { kind lines { category { code } credits } } } }", new { code }))["activity"]!;

    private async Task<GraphQLClient> ReviewerAsync()
    {
        var secret = await app.SharedAsync("assign-tests reviewer", async () => (await app.CreateApiKeyAsync("REVIEWER")).Secret);
        return app.CreateGraphQLClient(secret);
    }
}

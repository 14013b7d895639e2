using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Activities;

[Collection(WritableCatalog.Name)]
public sealed class RejectActivityTests(CeGraphTestApp app)
{
    [Fact]
    public async Task RejectActivity_DistributedActivity_IsRejectedAndNoLongerCounts()
    {
        using var reviewer = await ReviewerAsync();
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        await SubmitAsync(admin, "REJECT-ME", 2m, "SAMPLE-CRCE");
        await DistributeAsync(reviewer, "REJECT-ME", "CT", "STRUCTURED_EDUCATION", ("S.1", 2m));
        var requirementId = await StructuredEducationRequirementIdAsync(reviewer, "CT");
        var input = new { requirementId, asOf = "2026-06-30", completions = Completions(("REJECT-ME", "2026-01-01")) };
        var beforeRejection = await reviewer.DataAsync(Evaluate, new { input });
        var coverageBefore = await CoverageAsync(reviewer);

        var data = await reviewer.DataAsync(RejectActivity, new { input = new { activityCode = "REJECT-ME", reason = "  Content is not CT-specific.  " } });

        var activity = Succeeded(data["rejectActivity"]!)["activity"]!;
        Assert.Equal("REJECTED", activity["status"]!.GetValue<string>());
        Assert.Equal("Content is not CT-specific.", activity["rejectionReason"]!.GetValue<string>());
        Assert.Equal(2m, beforeRejection["evaluateRequirement"]!["check"]!["countedCredits"]!.GetValue<decimal>());
        var afterRejection = await reviewer.DataAsync(Evaluate, new { input });
        var check = Succeeded(afterRejection["evaluateRequirement"]!)["check"]!;
        Assert.Equal(0m, check["countedCredits"]!.GetValue<decimal>());
        Assert.Equal("NOT_DISTRIBUTED", check["ignored"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(2m, coverageBefore);
        Assert.Equal(0m, await CoverageAsync(reviewer));
    }

    [Theory]
    [InlineData("NO-SUCH-ACTIVITY", "Duplicate.", "UNKNOWN_ACTIVITY")]
    [InlineData("SAMPLE-0003", "   ", "INVALID_TEXT")]
    public async Task RejectActivity_InvalidInput_ReturnsPayloadErrorAndChangesNothing(string activityCode, string reason, string expectedCode)
    {
        using var reviewer = await ReviewerAsync();
        var before = await app.FingerprintAsync();

        var data = await reviewer.DataAsync(RejectActivity, new { input = new { activityCode, reason } });

        Assert.Null(data["rejectActivity"]!["activity"]);
        Assert.Equal([expectedCode], ErrorCodes(data["rejectActivity"]!));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    private static async Task<decimal> CoverageAsync(GraphQLClient client) =>
        (await client.DataAsync("{ coverage(disciplineCode: \"CT\", kind: STRUCTURED_EDUCATION, activityCodes: [\"REJECT-ME\"]) { totalCredits } }"))["coverage"]!["totalCredits"]!.GetValue<decimal>();

    private async Task<GraphQLClient> ReviewerAsync()
    {
        var secret = await app.SharedAsync("reject-tests reviewer", async () => (await app.CreateApiKeyAsync("REVIEWER")).Secret);
        return app.CreateGraphQLClient(secret);
    }
}

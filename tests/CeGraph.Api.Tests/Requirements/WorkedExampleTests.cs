using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Requirements;

/// <summary>
/// The worked example of requirement-semantics.md, end to end through the API on an empty catalog: an ADMIN makes the keys,
/// a SPONSOR submits A1–A3, a REVIEWER distributes them on CT structured education, a PARTNER evaluates.
/// </summary>
public sealed class WorkedExampleTests(EmptyCatalogTestApp app) : IClassFixture<EmptyCatalogTestApp>
{
    private const string Sponsor = "WX-CE";

    private static readonly (string Code, string On)[] WorkedCompletions =
    [
        ("A1", "2025-03-01"), ("A2", "2026-01-10"), ("A2", "2026-02-01"), ("A3", "2023-01-05"), ("X9", "2026-01-01"),
    ];

    [Fact]
    public async Task EvaluateRequirement_WorkedExampleCt_CountsThirteenPointFiveAndStoresAnImmutableCheck()
    {
        await app.AddSponsorAsync(Sponsor, "Worked Example CE (test sponsor)");
        var sponsorKey = await app.CreateApiKeyAsync("SPONSOR", Sponsor);
        var reviewerKey = await app.CreateApiKeyAsync("REVIEWER");
        var partnerKey = await app.CreateApiKeyAsync("PARTNER");
        var otherPartnerKey = await app.CreateApiKeyAsync("PARTNER", name: "another partner");
        using var sponsor = app.CreateGraphQLClient(sponsorKey.Secret);
        using var reviewer = app.CreateGraphQLClient(reviewerKey.Secret);
        using var partner = app.CreateGraphQLClient(partnerKey.Secret);
        using var otherPartner = app.CreateGraphQLClient(otherPartnerKey.Secret);
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        await SubmitAsync(sponsor, "A1", 6m, Sponsor);
        await SubmitAsync(sponsor, "A2", 8m, Sponsor);
        await SubmitAsync(sponsor, "A3", 4m, Sponsor);
        await DistributeAsync(reviewer, "A1", "CT", "STRUCTURED_EDUCATION", ("PC", 1.0m), ("S", 2.0m), ("IP", 3.0m));
        await DistributeAsync(reviewer, "A2", "CT", "STRUCTURED_EDUCATION", ("P", 7.5m));
        await DistributeAsync(reviewer, "A3", "CT", "STRUCTURED_EDUCATION", ("S", 4.0m));
        var requirementId = await StructuredEducationRequirementIdAsync(partner, "CT");

        // The partner evaluates.
        var response = await partner.PostAsync(Evaluate, new { input = new { requirementId, asOf = "2026-06-30", completions = Completions(WorkedCompletions) } });
        var payload = Succeeded(response.Json!["data"]!["evaluateRequirement"]!);
        var check = payload["check"]!;
        var checkId = check["id"]!.GetValue<string>();

        Assert.Equal(13.5m, check["countedCredits"]!.GetValue<decimal>());
        Assert.False(check["fulfilled"]!.GetValue<bool>());
        var total = check["rules"]![0]!;
        Assert.Equal(("TOTAL_CREDITS", 16m, 13.5m, 2.5m, false), (total["rule"]!["kind"]!.GetValue<string>(), total["required"]!.GetValue<decimal>(),
            total["earned"]!.GetValue<decimal>(), total["remaining"]!.GetValue<decimal>(), total["satisfied"]!.GetValue<bool>()));
        Assert.All(check["rules"]!.AsArray().Skip(1), r => Assert.True(r!["satisfied"]!.GetValue<bool>(), r.ToJsonString()));
        Assert.Equal(
            [("A2", "2026-02-01", "DUPLICATE"), ("A3", "2023-01-05", "OUTSIDE_WINDOW"), ("X9", "2026-01-01", "UNKNOWN_ACTIVITY")],
            check["ignored"]!.AsArray().Select(i => (i!["activityCode"]!.GetValue<string>(), i["completedOn"]!.GetValue<string>(), i["reason"]!.GetValue<string>()))
                .OrderBy(i => i.Item1, StringComparer.Ordinal));
        Snapshot.Match(JsonText.Pretty(WithoutId(payload)));

        // The same completions in another order give the same result.
        var reversed = await partner.DataAsync(Evaluate, new { input = new { requirementId, asOf = "2026-06-30", completions = Completions([.. WorkedCompletions.Reverse()]) } });
        AssertSameResult(check, Succeeded(reversed["evaluateRequirement"]!)["check"]!);

        // The stored check: its maker and ADMIN read exactly what evaluateRequirement returned; nobody else reads it.
        var expected = WithoutId(check);
        Assert.True(JsonNode.DeepEquals(expected, await ReadCheckAsync(partner, checkId)), "fulfillmentCheck as the partner");
        Assert.True(JsonNode.DeepEquals(expected, await ReadCheckAsync(admin, checkId)), "fulfillmentCheck as ADMIN");
        Assert.True(JsonNode.DeepEquals(expected, await ReadNodeAsync(partner, checkId)), "node as the partner");
        Assert.True(JsonNode.DeepEquals(expected, await ReadNodeAsync(admin, checkId)), "node as ADMIN");
        foreach (var stranger in new[] { otherPartner, reviewer, sponsor })
        {
            Assert.Null(await ReadCheckAsync(stranger, checkId));
            Assert.Null(await ReadNodeAsync(stranger, checkId));
        }

        using var anonymous = app.CreateGraphQLClient();
        Assert.Null(await ReadNodeAsync(anonymous, checkId));
        var anonymousCheck = await anonymous.PostAsync("query($id: ID!) { fulfillmentCheck(id: $id) { fulfilled } }", new { id = checkId });
        Assert.Equal("UNAUTHENTICATED", anonymousCheck.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // The reviewer changes A1's distribution: the stored check does not change, a new evaluation does.
        var storedRow = await app.ScalarAsync("SELECT \"CountedHundredths\" || '|' || \"ResultJson\" || '|' || \"CompletionsJson\" FROM \"FulfillmentChecks\" ORDER BY \"Id\" LIMIT 1");
        await DistributeAsync(reviewer, "A1", "CT", "STRUCTURED_EDUCATION", ("PC", 0.5m));

        Assert.True(JsonNode.DeepEquals(expected, await ReadCheckAsync(partner, checkId)), "the stored check changed after a redistribution");
        Assert.Equal(storedRow, await app.ScalarAsync("SELECT \"CountedHundredths\" || '|' || \"ResultJson\" || '|' || \"CompletionsJson\" FROM \"FulfillmentChecks\" ORDER BY \"Id\" LIMIT 1"));
        var again = await partner.DataAsync(Evaluate, new { input = new { requirementId, asOf = "2026-06-30", completions = Completions(WorkedCompletions) } });
        Assert.Equal(8.0m, again["evaluateRequirement"]!["check"]!["countedCredits"]!.GetValue<decimal>());
    }

    private static async Task<JsonNode?> ReadCheckAsync(GraphQLClient client, string id)
    {
        var data = await client.DataAsync($"query($id: ID!) {{ fulfillmentCheck(id: $id) {{ {CheckSelection} }} }}", new { id });
        return data["fulfillmentCheck"]?.DeepClone();
    }

    private static async Task<JsonNode?> ReadNodeAsync(GraphQLClient client, string id)
    {
        var data = await client.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on FulfillmentCheck {{ {CheckSelection} }} }} }}", new { id });
        return data["node"]?.DeepClone();
    }

    private static JsonNode WithoutId(JsonNode node)
    {
        var copy = node.DeepClone();
        if (copy["check"] is JsonObject check)
        {
            check.Remove("id");
        }

        (copy as JsonObject)?.Remove("id");
        return copy;
    }

    private static void AssertSameResult(JsonNode expected, JsonNode actual)
    {
        foreach (var field in new[] { "fulfilled", "countedCredits", "rules", "ignored", "requirement", "asOf" })
        {
            Assert.True(JsonNode.DeepEquals(expected[field], actual[field]), $"{field} differs: {expected[field]?.ToJsonString()} vs {actual[field]?.ToJsonString()}");
        }
    }
}

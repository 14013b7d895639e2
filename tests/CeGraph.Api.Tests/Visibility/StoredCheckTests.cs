using System.Net;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;
using static CeGraph.Api.Tests.Visibility.VisibilityCatalog;

namespace CeGraph.Api.Tests.Visibility;

/// <summary>
/// A stored check reads as stored: what it shows about its activities (code, title, credits, status, the distribution and
/// lines that counted) is what was true when it was made. The activity behind <see cref="VisibilityCatalog.Checked"/> was
/// redistributed and rejected after the check; the check shows neither, to the PARTNER that made it or to ADMIN.
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class StoredCheckTests(CeGraphTestApp app)
{
    [Theory]
    [InlineData("PARTNER")]
    [InlineData("ADMIN")]
    public async Task StoredCheck_AfterRedistributionAndRejection_ReadsExactlyAsWhenItWasMade(string role)
    {
        var catalog = await OfAsync(app);
        using var client = app.CreateGraphQLClient(catalog.SecretByRole[role]);

        // Two requests: both selections in one document would cost more than GraphQL:MaxComplexity allows.
        var data = await client.DataAsync(
            $"query($id: ID!) {{ fulfillmentCheck(id: $id) {{ {CheckActivitySelection} }} }}", new { id = catalog.CheckId });
        var byNode = await client.DataAsync(
            $"query($id: ID!) {{ node(id: $id) {{ ... on FulfillmentCheck {{ {CheckActivitySelection} }} }} }}", new { id = catalog.CheckId });

        Assert.Equal(catalog.CheckBefore, JsonText.Pretty(data["fulfillmentCheck"]));
        Assert.Equal(catalog.CheckBefore, JsonText.Pretty(byNode["node"]));
        var activity = data["fulfillmentCheck"]!["rules"]![0]!["contributions"]![0]!["activity"]!;
        Assert.Equal(Checked, activity["code"]!.GetValue<string>());
        Assert.Equal("DISTRIBUTED", activity["status"]!.GetValue<string>());
        Assert.Null(activity["rejectionReason"]);
        var line = Assert.Single(activity["distributions"]![0]!["lines"]!.AsArray())!;
        Assert.Equal("PC.1", line["category"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task StoredCheck_ActivityIdOfARejectedActivity_IsNullThroughNodeForThePartner()
    {
        var catalog = await OfAsync(app);
        using var partner = app.CreateGraphQLClient(catalog.SecretByRole["PARTNER"]);
        var check = await partner.DataAsync("query($id: ID!) { fulfillmentCheck(id: $id) { rules { contributions { activity { id } } } } }", new { id = catalog.CheckId });
        var activityId = check["fulfillmentCheck"]!["rules"]![0]!["contributions"]![0]!["activity"]!["id"]!.GetValue<string>();

        var live = await partner.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = activityId });

        Assert.Null(live["node"]); // the record stays in the check; the live (now rejected) activity stays hidden
    }

    [Fact]
    public async Task EvaluateRequirement_RejectedAndSubmittedActivities_GetTheSameNotDistributedSentence()
    {
        var catalog = await OfAsync(app);
        using var partner = app.CreateGraphQLClient(catalog.SecretByRole["PARTNER"]);

        var data = await partner.DataAsync(
            "mutation($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { ignored { activityCode reason detail } } errors { code } } }",
            new { input = new { requirementId = catalog.RequirementId, asOf = "2026-06-30", completions = Completions((Rejected, CompletedOn), (Submitted, CompletedOn)) } });

        var ignored = data["evaluateRequirement"]!["check"]!["ignored"]!.AsArray();
        Assert.Equal(2, ignored.Count);
        Assert.All(ignored, i => Assert.Equal("NOT_DISTRIBUTED", i!["reason"]!.GetValue<string>()));
        var rejected = ignored.Single(i => i!["activityCode"]!.GetValue<string>() == Rejected)!["detail"]!.GetValue<string>();
        var submitted = ignored.Single(i => i!["activityCode"]!.GetValue<string>() == Submitted)!["detail"]!.GetValue<string>();
        Assert.Equal(rejected.Replace(Rejected, "X", StringComparison.Ordinal), submitted.Replace(Submitted, "X", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Published)] // exists (another sponsor's code space is the same catalog)
    [InlineData("VIS-NEVER-SUBMITTED")]
    public async Task SubmitActivity_SponsorKeyForAnotherSponsor_IsForbiddenWhetherOrNotTheCodeExists(string code)
    {
        var catalog = await OfAsync(app);
        using var other = app.CreateGraphQLClient(catalog.SecretByRole["SPONSOR-other"]);
        var before = await app.FingerprintAsync();

        var response = await other.PostAsync(SubmitActivity, new
        {
            input = new { code, title = "Not ours", sponsorCode = OwnSponsor, credits = 1m, ceCategory = "A", approvedOn = "2026-01-01" },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Json!["errors"]!.AsArray())!;
        Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(code, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("DUPLICATE", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await app.FingerprintAsync());
    }
}

using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Requirements;

/// <summary>CQR prescriptions: evaluated inline, issued by a reviewer, and visible only to the issuer, reviewers and ADMIN.</summary>
public sealed class PrescriptionTests(PrescriptionScenario app) : IClassFixture<PrescriptionScenario>
{
    private static readonly object Prescription = new
    {
        disciplineCode = "CT",
        issuedOn = "2026-01-01",
        dueOn = "2026-12-31",
        items = new[] { new { categoryCode = "S.1", credits = 1.5m }, new { categoryCode = "IP.1", credits = 3.0m }, new { categoryCode = "P.2", credits = 0.5m } },
    };

    private static readonly (string Code, string On)[] RxCompletions =
    [
        ("B1", "2026-02-01"), ("B2", "2025-12-15"), ("B3", "2026-03-01"), ("B4", "2026-03-01"), ("B5", "2026-04-01"),
    ];

    [Fact]
    public async Task EvaluateRequirement_InlinePrescription_CountsSubcategoryCreditsInTheWindow()
    {
        using var partner = app.CreateGraphQLClient(app.PartnerKey);

        var response = await partner.PostAsync(Evaluate, new { input = new { prescription = Prescription, asOf = "2026-06-30", completions = Completions(RxCompletions) } });

        var check = Succeeded(response.Json!["data"]!["evaluateRequirement"]!)["check"]!;
        Assert.False(check["fulfilled"]!.GetValue<bool>());
        Assert.Equal(3.0m, check["countedCredits"]!.GetValue<decimal>());
        Assert.Equal(
            [("S.1", 1.5m, 2.0m, 0m, true), ("IP.1", 3.0m, 1.0m, 2.0m, false), ("P.2", 0.5m, 0m, 0.5m, false)],
            check["rules"]!.AsArray().Select(r => (r!["rule"]!["category"]!["code"]!.GetValue<string>(), r["required"]!.GetValue<decimal>(),
                r["earned"]!.GetValue<decimal>(), r["remaining"]!.GetValue<decimal>(), r["satisfied"]!.GetValue<bool>())));
        Assert.Equal(
            [("B2", "OUTSIDE_WINDOW"), ("B3", "NOT_TARGETED"), ("B4", "NOT_DISTRIBUTED"), ("B5", "EXPIRED")],
            check["ignored"]!.AsArray().Select(i => (i!["activityCode"]!.GetValue<string>(), i["reason"]!.GetValue<string>())).OrderBy(i => i.Item1, StringComparer.Ordinal));
        var snapshot = response.Json.DeepClone();
        snapshot["data"]!["evaluateRequirement"]!["check"]!.AsObject().Remove("id");
        Snapshot.Match(JsonText.Pretty(snapshot));
    }

    [Fact]
    public async Task EvaluateRequirement_InlinePrescriptionFulfilled_IsTrueWhenEveryPrescribedSubcategoryIsMet()
    {
        using var partner = app.CreateGraphQLClient(app.PartnerKey);
        var prescription = new { disciplineCode = "CT", issuedOn = "2025-12-01", dueOn = "2026-12-31", items = new[] { new { categoryCode = "IP.1", credits = 2.0m }, new { categoryCode = "P.1", credits = 1m } } };

        var data = await partner.DataAsync(Evaluate, new { input = new { prescription, asOf = "2026-06-30", completions = Completions(("B1", "2026-02-01"), ("B2", "2025-12-15")) } });

        var check = Succeeded(data["evaluateRequirement"]!)["check"]!;
        Assert.True(check["fulfilled"]!.GetValue<bool>(), check.ToJsonString());
        Assert.Equal([2.0m, 1.0m], check["rules"]!.AsArray().Select(r => r!["earned"]!.GetValue<decimal>()));
        Assert.Empty(check["ignored"]!.AsArray());
    }

    [Fact]
    public async Task IssueCqrPrescription_Reviewer_StoresAPrescriptionOnlyTheIssuerReviewersAndAdminCanSee()
    {
        using var reviewer = app.CreateGraphQLClient(app.ReviewerKey);
        var input = new
        {
            disciplineCode = "CT",
            learnerRef = "learner-0042",
            issuedOn = "2026-01-01",
            dueOn = "2026-12-31",
            items = new[] { new { categoryCode = "S.1", credits = 1.0m }, new { categoryCode = "IP.1", credits = 2.0m } },
        };

        var response = await reviewer.PostAsync(IssuePrescription, new { input });

        var requirement = Succeeded(response.Json!["data"]!["issueCqrPrescription"]!)["requirement"]!;
        var id = requirement["id"]!.GetValue<string>();
        var snapshot = response.Json.DeepClone();
        snapshot["data"]!["issueCqrPrescription"]!["requirement"]!.AsObject().Remove("id");
        Snapshot.Match(JsonText.Pretty(snapshot));

        foreach (var key in new[] { app.ReviewerKey, app.OtherReviewerKey, TestKeys.Admin })
        {
            Assert.Equal("learner-0042", (await ReadRequirementAsync(key, id, "requirement"))?["learnerRef"]?.GetValue<string>());
            Assert.Equal("learner-0042", (await ReadRequirementAsync(key, id, "node"))?["learnerRef"]?.GetValue<string>());
        }

        foreach (var key in new[] { app.PartnerKey, app.SponsorKey, null })
        {
            Assert.Null(await ReadRequirementAsync(key, id, "requirement"));
            Assert.Null(await ReadRequirementAsync(key, id, "node"));
        }

        // A prescription is about one learner: it is never listed among the discipline's public requirements.
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var listed = await admin.DataAsync("{ discipline(code: \"CT\") { requirements { kind } } }");
        Assert.Equal(["STRUCTURED_EDUCATION"], listed["discipline"]!["requirements"]!.AsArray().Select(r => r!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EvaluateRequirement_IssuedPrescriptionById_WorksForTheIssuerAndIsUnknownToAnUnrelatedPartner()
    {
        using var reviewer = app.CreateGraphQLClient(app.ReviewerKey);
        var issued = await reviewer.DataAsync(IssuePrescription, new
        {
            input = new { disciplineCode = "CT", learnerRef = "learner-7", issuedOn = "2026-01-01", dueOn = "2026-06-30", items = new[] { new { categoryCode = "S.1", credits = 2m } } },
        });
        var requirementId = Succeeded(issued["issueCqrPrescription"]!)["requirement"]!["id"]!.GetValue<string>();
        var input = new { requirementId, asOf = "2026-06-30", completions = Completions(("B1", "2026-02-01")) };
        using var partner = app.CreateGraphQLClient(app.PartnerKey);
        var checksBefore = await app.CountRowsAsync("FulfillmentChecks");

        var byIssuer = await reviewer.DataAsync(Evaluate, new { input });
        var byStranger = await partner.DataAsync(Evaluate, new { input });

        var check = Succeeded(byIssuer["evaluateRequirement"]!)["check"]!;
        Assert.True(check["fulfilled"]!.GetValue<bool>());
        Assert.Equal("CQR_PRESCRIPTION", check["requirement"]!["kind"]!.GetValue<string>());
        Assert.Null(byStranger["evaluateRequirement"]!["check"]);
        Assert.Equal(["UNKNOWN_REQUIREMENT"], ErrorCodes(byStranger["evaluateRequirement"]!));
        Assert.Equal(checksBefore + 1, await app.CountRowsAsync("FulfillmentChecks"));
    }

    [Fact]
    public async Task EvaluateRequirement_InlinePrescription_IsVisibleToItsPartnerThroughTheCheckButNotToOthers()
    {
        using var partner = app.CreateGraphQLClient(app.PartnerKey);
        var data = await partner.DataAsync(
            "mutation($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { id requirement { id kind learnerRef } } errors { code } } }",
            new { input = new { prescription = Prescription, asOf = "2026-06-30", completions = Completions(("B1", "2026-02-01")) } });
        var requirement = Succeeded(data["evaluateRequirement"]!)["check"]!["requirement"]!;
        var id = requirement["id"]!.GetValue<string>();

        Assert.Equal("CQR_PRESCRIPTION", requirement["kind"]!.GetValue<string>());
        Assert.NotNull(await ReadRequirementAsync(app.PartnerKey, id, "requirement"));
        Assert.NotNull(await ReadRequirementAsync(TestKeys.Admin, id, "requirement"));
        Assert.Null(await ReadRequirementAsync(app.OtherPartnerKey, id, "requirement"));
        Assert.Null(await ReadRequirementAsync(app.OtherPartnerKey, id, "node"));
        Assert.Null(await ReadRequirementAsync(null, id, "requirement"));
    }

    private async Task<JsonNode?> ReadRequirementAsync(string? key, string id, string field)
    {
        using var client = app.CreateGraphQLClient(key);
        var selection = field == "node" ? "node(id: $id) { ... on Requirement { kind learnerRef } }" : "requirement(id: $id) { kind learnerRef }";
        var data = await client.DataAsync($"query($id: ID!) {{ {selection} }}", new { id });
        return data[field]?.DeepClone();
    }
}

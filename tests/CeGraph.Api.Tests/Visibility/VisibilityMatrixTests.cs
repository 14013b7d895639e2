using System.Net;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Visibility.VisibilityCatalog;

namespace CeGraph.Api.Tests.Visibility;

/// <summary>
/// The test that cannot be outgrown: it walks the running schema by introspection, finds every field through which an
/// <c>Activity</c>, a <c>CreditDistribution</c> or a <c>FulfillmentCheck</c> can be reached (by any path: connections, interfaces,
/// payloads, sponsors, plans), and requires each to be covered by a probe. Each probe is sent by every kind of caller, and its
/// answer may show an unpublished activity, its distribution or a check only to those allowed to see them. A new field that
/// reaches these types fails <see cref="EveryFieldReachingActivitiesOrChecks_IsCoveredByAProbe"/> until a probe covers it.
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class VisibilityMatrixTests(CeGraphTestApp app)
{
    private static readonly string[] Everyone = Roles;
    private static readonly string[] Keys = ["PARTNER", "SPONSOR-other", "SPONSOR-own", "REVIEWER", "ADMIN"];
    private static readonly string[] CheckReaders = ["PARTNER", "ADMIN"];
    private static readonly string[] Nobody = [];

    public static readonly IReadOnlyList<VisibilityProbe> Probes =
    [
        new("activity by code", "query($c: String!) { activity(code: $c) { code } }",
            (_, _) => new { c = Rejected }, [(_ => Rejected, MaySeeUnpublished)]),
        new("activities connection", "query($c: String!) { activities(first: 5, where: { code: { eq: $c } }) { totalCount nodes { code } edges { node { code } } } }",
            (_, _) => new { c = Rejected }, [(_ => Rejected, MaySeeUnpublished)]),
        new("sponsor activities", """
            query($s: ID!, $p: String!, $c: String!) {
              node(id: $s) { ... on Sponsor { activities(first: 5, where: { code: { eq: $c } }) { nodes { code } } } }
              activity(code: $p) { sponsor { activities(first: 5, where: { code: { eq: $c } }) { nodes { code } } } }
            }
            """, (c, _) => new { s = c.SponsorId, p = Published, c = Rejected }, [(_ => Rejected, MaySeeUnpublished)]),
        new("node and nodes", "query($a: ID!, $d: ID!) { a: node(id: $a) { id } d: node(id: $d) { id } n: nodes(ids: [$a, $d]) { id } }",
            (c, _) => new { a = c.RejectedId, d = c.RejectedDistributionId },
            [(c => c.RejectedId, MaySeeUnpublished), (c => c.RejectedDistributionId, MaySeeUnpublished)]),
        new("distribution to activity", "query($d: ID!) { node(id: $d) { ... on CreditDistribution { activity { code rejectionReason } } } }",
            (c, _) => new { d = c.RejectedDistributionId }, [(_ => Rejected, MaySeeUnpublished), (_ => RejectionReason, MaySeeUnpublished)]),
        new("activity to distributions", """query($c: String!) { activity(code: $c) { distributions { id } distribution(disciplineCode: "CT", kind: STRUCTURED_EDUCATION) { id } } }""",
            (_, _) => new { c = Rejected }, [(c => c.RejectedDistributionId, MaySeeUnpublished)]),
        new("stored check", $"query($id: ID!) {{ fulfillmentCheck(id: $id) {{ {CheckActivitySelection} }} }}",
            (c, _) => new { id = c.CheckId },
            [(_ => Checked, CheckReaders), (_ => LaterRejectionReason, Nobody), (_ => "REJECTED", Nobody), (_ => "PC.2", Nobody)],
            Keys),
        // Apart from the probe above: both selections in one document would cost more than GraphQL:MaxComplexity allows.
        new("stored check through node", $"query($id: ID!) {{ n: node(id: $id) {{ ... on FulfillmentCheck {{ {CheckActivitySelection} }} }} }}",
            (c, _) => new { id = c.CheckId },
            [(_ => Checked, CheckReaders), (_ => LaterRejectionReason, Nobody), (_ => "REJECTED", Nobody), (_ => "PC.2", Nobody)],
            Everyone),
        new("evaluateRequirement", """
            mutation($input: EvaluateRequirementInput!) {
              evaluateRequirement(input: $input) { check { rules { contributions { activity { code status } } } } errors { code } }
            }
            """,
            (c, _) => new { input = new { requirementId = c.RequirementId, asOf = "2026-06-30", completions = Documents.Completions((Published, CompletedOn), (Rejected, CompletedOn), (Submitted, CompletedOn)) } },
            [(_ => Published, Keys), (_ => Rejected, Nobody), (_ => Submitted, Nobody), (_ => "REJECTED", Nobody), (_ => "SUBMITTED", Nobody)],
            Keys),
        new("planFulfillment", """
            mutation($input: PlanFulfillmentInput!) {
              planFulfillment(input: $input) {
                plan { activities { activity { code status } } check { rules { contributions { activity { code status } } } } }
                errors { code }
              }
            }
            """,
            (c, _) => new
            {
                input = new
                {
                    requirementId = c.RequirementId, asOf = "2026-06-30", sponsorCodes = new[] { OwnSponsor }, maxActivities = 3,
                    completions = Documents.Completions((Published, CompletedOn), (Rejected, CompletedOn), (Submitted, CompletedOn)),
                },
            },
            [(_ => Published, Keys), (_ => Rejected, Nobody), (_ => Submitted, Nobody), (_ => Checked, Nobody), (_ => "REJECTED", Nobody), (_ => "SUBMITTED", Nobody)],
            Keys),
        new("submitActivity payload", Documents.SubmitActivity,
            (_, role) => new { input = new { code = $"VISNEW-{role}", title = "Visibility probe", sponsorCode = OwnSponsor, credits = 1m, ceCategory = "A", approvedOn = "2026-01-01" } },
            [(_ => "VISNEW-", ["SPONSOR-own", "ADMIN"])],
            ["SPONSOR-own", "ADMIN"]),
    ];

    /// <summary>Which probe covers each field that can reach an activity, a distribution or a check ("Type.field").</summary>
    public static readonly IReadOnlyDictionary<string, string> CoveredBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Query.activity"] = "activity by code",
        ["Query.activities"] = "activities connection",
        ["ActivitiesConnection.nodes"] = "activities connection",
        ["ActivitiesConnection.edges"] = "activities connection",
        ["ActivitiesEdge.node"] = "activities connection",
        ["Sponsor.activities"] = "sponsor activities",
        ["Activity.sponsor"] = "sponsor activities",
        // API keys are ADMIN's (who sees everything); they reach activities only through Sponsor.activities, probed above.
        ["ApiKey.sponsor"] = "sponsor activities",
        ["CreateApiKeyPayload.apiKey"] = "sponsor activities",
        ["RevokeApiKeyPayload.apiKey"] = "sponsor activities",
        ["Mutation.createApiKey"] = "sponsor activities",
        ["Mutation.revokeApiKey"] = "sponsor activities",
        ["Query.node"] = "node and nodes",
        ["Query.nodes"] = "node and nodes",
        ["CreditDistribution.activity"] = "distribution to activity",
        ["Activity.distributions"] = "activity to distributions",
        ["Activity.distribution"] = "activity to distributions",
        ["Query.fulfillmentCheck"] = "stored check",
        ["FulfillmentCheck.rules"] = "stored check",
        ["RuleResult.contributions"] = "stored check",
        ["Contribution.activity"] = "stored check",
        ["Mutation.evaluateRequirement"] = "evaluateRequirement",
        ["EvaluateRequirementPayload.check"] = "evaluateRequirement",
        ["Mutation.planFulfillment"] = "planFulfillment",
        ["PlanFulfillmentPayload.plan"] = "planFulfillment",
        ["FulfillmentPlan.activities"] = "planFulfillment",
        ["FulfillmentPlan.check"] = "planFulfillment",
        ["PlannedActivity.activity"] = "planFulfillment",
        ["PlannedCheck.rules"] = "planFulfillment",
        ["PlannedRuleResult.contributions"] = "planFulfillment",
        ["Mutation.submitActivity"] = "submitActivity payload",
        ["SubmitActivityPayload.activity"] = "submitActivity payload",
        // Only REVIEWER and ADMIN (who see every activity) get past these fields' role check: AuthorizationMatrixTests.
        ["Mutation.rejectActivity"] = "authorization matrix",
        ["RejectActivityPayload.activity"] = "authorization matrix",
        ["Mutation.assignCreditDistribution"] = "authorization matrix",
        ["AssignCreditDistributionPayload.distribution"] = "authorization matrix",
    };

    private static readonly string[] Targets = ["Activity", "CreditDistribution", "FulfillmentCheck"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var probe in Probes)
        {
            foreach (var role in Roles)
            {
                data.Add(probe.Name, role);
            }
        }

        return data;
    }

    [Fact]
    public async Task EveryFieldReachingActivitiesOrChecks_IsCoveredByAProbe()
    {
        using var client = app.CreateGraphQLClient();
        var reaching = ReachingFields(await client.DataAsync("""
            { __schema { types { name kind possibleTypes { name }
                fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } }
            """));

        var uncovered = reaching.Where(f => !CoveredBy.ContainsKey(f)).ToArray();
        Assert.True(uncovered.Length == 0,
            "These fields can reach an Activity, a CreditDistribution or a FulfillmentCheck but no visibility probe covers them "
            + "(route them through ActivityVisibility / CheckVisibility, then add a probe): " + string.Join(", ", uncovered));
        Assert.Empty(CoveredBy.Keys.Except(reaching));
        Assert.Empty(CoveredBy.Values.Distinct().Except(Probes.Select(p => p.Name)).Except(["authorization matrix"]));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Probe_SentByEachRole_ShowsOnlyWhatTheRoleMaySee(string probeName, string role)
    {
        var catalog = await OfAsync(app);
        var probe = Probes.Single(p => p.Name == probeName);
        using var client = app.CreateGraphQLClient(catalog.SecretByRole[role]);

        var response = await client.PostAsync(probe.Document, probe.Variables(catalog, role));

        var errors = response.Json?["errors"]?.AsArray();
        if ((probe.Callers ?? Everyone).Contains(role))
        {
            Assert.True(response.Status == HttpStatusCode.OK && errors is null, $"{probeName} as {role}: {response.Pretty}");
        }
        else
        {
            var code = errors?[0]?["extensions"]?["code"]?.GetValue<string>();
            Assert.True(code is "FORBIDDEN" or "UNAUTHENTICATED", $"{probeName} as {role}: expected a refusal, got {response.Pretty}");
        }

        foreach (var (text, maySee) in probe.Markers)
        {
            var marker = text(catalog);
            Assert.True(response.Body.Contains(marker, StringComparison.Ordinal) == maySee.Contains(role),
                $"{probeName} as {role}: '{marker}' should {(maySee.Contains(role) ? "" : "not ")}be in the answer:\n{response.Pretty}");
        }
    }

    [Theory]
    [MemberData(nameof(RoleData))]
    public async Task Coverage_ForEveryRole_CountsOnlyPublishedDistributions(string role)
    {
        var catalog = await OfAsync(app);
        using var client = app.CreateGraphQLClient(catalog.SecretByRole[role]);
        const string Query = """
            query($codes: [String!]) {
              coverage(disciplineCode: "CT", kind: STRUCTURED_EDUCATION, activityCodes: $codes) {
                totalCredits activityCount categories { category { code } credits activityCount } }
            }
            """;

        var hidden = (await client.DataAsync(Query, new { codes = new[] { Rejected, Submitted, Checked } }))["coverage"]!;
        var published = (await client.DataAsync(Query, new { codes = new[] { Published } }))["coverage"]!;
        var unknown = (await client.DataAsync(Query, new { codes = new[] { "VIS-NO-SUCH-CODE" } }))["coverage"]!;

        Assert.Equal(0, hidden["activityCount"]!.GetValue<int>());
        Assert.Equal(0m, hidden["totalCredits"]!.GetValue<decimal>());
        Assert.Equal(JsonText.Pretty(unknown), JsonText.Pretty(hidden)); // a hidden activity counts exactly like no activity
        Assert.Equal(1, published["activityCount"]!.GetValue<int>());
        Assert.Equal(1m, published["totalCredits"]!.GetValue<decimal>());
    }

    public static TheoryData<string> RoleData() => [.. Roles];

    /// <summary>Every "Type.field" whose type can lead, through any chain of fields or an interface's implementations, to a target type.</summary>
    private static SortedSet<string> ReachingFields(JsonNode data)
    {
        var types = data["__schema"]!["types"]!.AsArray()
            .Where(t => t!["name"]!.GetValue<string>() is var n && !n.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        var reaches = new HashSet<string>(Targets, StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (name, type) in types)
            {
                if (reaches.Contains(name))
                {
                    continue;
                }

                var viaFields = (type["fields"] as JsonArray ?? []).Any(f => reaches.Contains(NamedType(f!["type"]!)));
                var viaImplementations = (type["possibleTypes"] as JsonArray ?? []).Any(p => reaches.Contains(p!["name"]!.GetValue<string>()));
                if (viaFields || viaImplementations)
                {
                    reaches.Add(name);
                    changed = true;
                }
            }
        }

        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, type) in types)
        {
            foreach (var field in type["fields"] as JsonArray ?? [])
            {
                if (reaches.Contains(NamedType(field!["type"]!)))
                {
                    fields.Add($"{name}.{field["name"]!.GetValue<string>()}");
                }
            }
        }

        return fields;
    }

    private static string NamedType(JsonNode type) =>
        type["name"]?.GetValue<string>() ?? NamedType(type["ofType"]!);
}

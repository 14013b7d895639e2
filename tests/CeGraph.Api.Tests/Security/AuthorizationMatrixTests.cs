using System.Net;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Security;

/// <summary>
/// Every protected operation against every kind of caller, per the contract's roles table: allowed calls succeed; denied ones get
/// UNAUTHENTICATED (no key, or a revoked or unknown key) or FORBIDDEN (a key without the role) and change nothing in the database.
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class AuthorizationMatrixTests(CeGraphTestApp app)
{
    public static readonly string[] Callers = ["anonymous", "PARTNER", "SPONSOR", "REVIEWER", "ADMIN", "revoked", "garbage"];

    /// <summary>Who may call each operation (the contract's roles table).</summary>
    public static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["submitActivity"] = ["SPONSOR", "ADMIN"],
        ["assignCreditDistribution"] = ["REVIEWER", "ADMIN"],
        ["rejectActivity"] = ["REVIEWER", "ADMIN"],
        ["issueCqrPrescription"] = ["REVIEWER", "ADMIN"],
        ["evaluateRequirement"] = ["PARTNER", "SPONSOR", "REVIEWER", "ADMIN"],
        ["createApiKey"] = ["ADMIN"],
        ["revokeApiKey"] = ["ADMIN"],
        ["fulfillmentCheck"] = ["PARTNER", "SPONSOR", "REVIEWER", "ADMIN"],
        ["planFulfillment"] = ["PARTNER", "SPONSOR", "REVIEWER", "ADMIN"],
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in Allowed.Keys)
        {
            foreach (var caller in Callers)
            {
                data.Add(operation, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Operation_CalledByEachKindOfCaller_IsAllowedOrDeniedPerRolesTable(string operation, string caller)
    {
        var keys = await KeysAsync();
        var (query, variables) = await RequestAsync(operation, caller, keys);
        using var client = app.CreateGraphQLClient(keys.SecretOf(caller));
        var before = await app.FingerprintAsync();

        var response = await client.PostAsync(query, variables);

        var after = await app.FingerprintAsync();
        var expected = Allowed[operation].Contains(caller) ? "allowed" : caller is "anonymous" or "revoked" or "garbage" ? "UNAUTHENTICATED" : "FORBIDDEN";
        if (expected == "allowed")
        {
            Assert.True(response.Status == HttpStatusCode.OK && response.Json!["errors"] is null, $"{operation} as {caller}: {response.Pretty}");
            var result = response.Json["data"]![operation];
            if (operation == "fulfillmentCheck")
            {
                // Allowed to ask, but only the key that made the check (the PARTNER here) and ADMIN get it.
                Assert.Equal(caller is "PARTNER" or "ADMIN", result is not null);
                Assert.Equal(before, after);
            }
            else if (operation == "planFulfillment")
            {
                // Planning stores nothing.
                Assert.NotNull(Succeeded(result!)["plan"]);
                Assert.Equal(before, after);
            }
            else
            {
                Succeeded(result!);
                Assert.NotEqual(before, after);
            }

            return;
        }

        var error = response.Json?["errors"]?[0];
        Assert.True(error is not null, $"{operation} as {caller}: expected {expected}, got {response.Pretty}");
        Assert.Equal(expected, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response.Json!["data"]?[operation]);
        Assert.Equal(before, after);
        if (caller is "revoked" or "garbage")
        {
            // A bad key refuses the whole request before execution, whatever it asks for.
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Null(response.Json["data"]);
        }
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("garbage")]
    public async Task PublicQuery_WithRevokedOrUnknownKey_IsUnauthenticated(string caller)
    {
        var keys = await KeysAsync();
        using var client = app.CreateGraphQLClient(keys.SecretOf(caller));

        var response = await client.PostAsync("{ disciplines { code } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("PARTNER")]
    [InlineData("SPONSOR")]
    [InlineData("REVIEWER")]
    public async Task PublicQueries_AnyValidCallerOrAnonymous_CanReadTheCatalog(string caller)
    {
        var keys = await KeysAsync();
        using var client = app.CreateGraphQLClient(keys.SecretOf(caller));

        var data = await client.DataAsync("""
            {
              disciplines { code requirements { name } }
              activities(first: 2) { nodes { code distributions { lines { credits } } } }
              coverage(disciplineCode: "CT", kind: STRUCTURED_EDUCATION) { totalCredits }
            }
            """);

        Assert.NotEmpty(data["disciplines"]!.AsArray());
        Assert.Equal(2, data["activities"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task SubmitActivity_SponsorKeyForAnotherSponsor_IsForbiddenAndStoresNothing()
    {
        var keys = await KeysAsync();
        using var sponsor = app.CreateGraphQLClient(keys.Sponsor);
        var before = await app.FingerprintAsync();

        var response = await sponsor.PostAsync(SubmitActivity, new
        {
            input = new { code = "AUTHZ-OTHER-SPONSOR", title = "Not ours", sponsorCode = "SAMPLE-CRCE", credits = 1m, ceCategory = "A", approvedOn = "2026-01-01" },
        });

        Assert.Equal("FORBIDDEN", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response.Json["data"]);
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.OK)]
    [InlineData("PARTNER", HttpStatusCode.OK)]
    [InlineData("SPONSOR", HttpStatusCode.OK)]
    [InlineData("REVIEWER", HttpStatusCode.OK)]
    [InlineData("ADMIN", HttpStatusCode.OK)]
    [InlineData("revoked", HttpStatusCode.Unauthorized)]
    [InlineData("garbage", HttpStatusCode.Unauthorized)]
    public async Task Sdl_EachKindOfCaller_IsPrintedOrRefusedLikeAnyRequest(string caller, HttpStatusCode expected)
    {
        var keys = await KeysAsync();
        using var client = app.CreateGraphQLClient(keys.SecretOf(caller));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        if (keys.SecretOf(caller) is { } secret)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        }

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, (await response.Content.ReadAsStringAsync()).Contains("type Query", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Coverage_EveryKindOfCaller_GetsTheSameCounts()
    {
        var keys = await KeysAsync();
        var answers = new List<string>();
        foreach (var caller in (string[])["anonymous", "PARTNER", "SPONSOR", "REVIEWER", "ADMIN"])
        {
            using var client = app.CreateGraphQLClient(keys.SecretOf(caller));
            var data = await client.DataAsync("""{ coverage(disciplineCode: "CT", kind: STRUCTURED_EDUCATION, sponsorCode: "SAMPLE-NWIE") { totalCredits activityCount categories { credits activityCount } } }""");
            answers.Add(data.ToJsonString());
        }

        // Coverage reports the published catalog: unpublished activities count for nobody, also not for their sponsor or reviewers.
        Assert.Single(answers.Distinct());
    }

    private async Task<(string Query, object Variables)> RequestAsync(string operation, string caller, MatrixKeys keys)
    {
        var tag = $"AUTHZ-{operation}-{caller}";
        switch (operation)
        {
            case "submitActivity":
                return (SubmitActivity, new { input = new { code = tag, title = tag, sponsorCode = MatrixKeys.SponsorCode, credits = 1m, ceCategory = "A", approvedOn = "2026-01-01" } });
            case "assignCreditDistribution":
                return (AssignDistribution, new { input = new { activityCode = keys.DistributeTarget, disciplineCode = "CT", kind = "STRUCTURED_EDUCATION", lines = new[] { new { categoryCode = "PC.1", credits = 0.25m } } } });
            case "rejectActivity":
                return (RejectActivity, new { input = new { activityCode = keys.RejectTarget, reason = tag } });
            case "issueCqrPrescription":
                return (IssuePrescription, new { input = new { disciplineCode = "CT", learnerRef = tag, issuedOn = "2026-01-01", dueOn = "2026-12-31", items = new[] { new { categoryCode = "S.1", credits = 1m } } } });
            case "evaluateRequirement":
                return (Evaluate, new { input = new { requirementId = keys.RequirementId, asOf = "2026-06-30", completions = Completions(("SAMPLE-0001", "2026-01-01")) } });
            case "createApiKey":
                return ("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } errors { code } } }", new { input = new { name = tag, role = "PARTNER" } });
            case "revokeApiKey":
                // A fresh key to revoke for each case, made before the "nothing changed" fingerprint is taken.
                var (id, _) = await app.CreateApiKeyAsync("PARTNER", name: tag);
                return ("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } errors { code } } }", new { id });
            case "planFulfillment":
                return ("mutation($input: PlanFulfillmentInput!) { planFulfillment(input: $input) { plan { status activities { activity { code } } } errors { code } } }",
                    new { input = new { requirementId = keys.RequirementId, asOf = "2026-06-30", maxActivities = 0, completions = Completions(("SAMPLE-0001", "2026-01-01")) } });
            case "fulfillmentCheck":
                return ($"query($id: ID!) {{ fulfillmentCheck(id: $id) {{ {CheckSelection} }} }}", new { id = keys.CheckId });
            default:
                throw new InvalidOperationException(operation);
        }
    }

    private Task<MatrixKeys> KeysAsync() => app.SharedAsync("authorization matrix", async () =>
    {
        var partner = await app.CreateApiKeyAsync("PARTNER", name: "matrix partner");
        var sponsor = await app.CreateApiKeyAsync("SPONSOR", MatrixKeys.SponsorCode, "matrix sponsor");
        var reviewer = await app.CreateApiKeyAsync("REVIEWER", name: "matrix reviewer");
        var revoked = await app.CreateApiKeyAsync("PARTNER", name: "matrix revoked");
        await app.RevokeApiKeyAsync(revoked.Id);
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        await SubmitAsync(admin, "AUTHZ-DISTRIBUTE", 2m, MatrixKeys.SponsorCode);
        await SubmitAsync(admin, "AUTHZ-REJECT", 2m, MatrixKeys.SponsorCode);
        using var partnerClient = app.CreateGraphQLClient(partner.Secret);
        var requirementId = await StructuredEducationRequirementIdAsync(partnerClient, "CT");
        var evaluation = await partnerClient.DataAsync(Evaluate, new { input = new { requirementId, asOf = "2026-06-30", completions = Completions(("SAMPLE-0001", "2026-01-01")) } });
        var checkId = Succeeded(evaluation["evaluateRequirement"]!)["check"]!["id"]!.GetValue<string>();
        return new MatrixKeys(partner.Secret, sponsor.Secret, reviewer.Secret, revoked.Secret, requirementId, checkId, "AUTHZ-DISTRIBUTE", "AUTHZ-REJECT");
    });

    private sealed record MatrixKeys(
        string Partner, string Sponsor, string Reviewer, string Revoked, string RequirementId, string CheckId, string DistributeTarget, string RejectTarget)
    {
        public const string SponsorCode = "SAMPLE-NWIE";

        public string? SecretOf(string caller) => caller switch
        {
            "anonymous" => null,
            "PARTNER" => Partner,
            "SPONSOR" => Sponsor,
            "REVIEWER" => Reviewer,
            "ADMIN" => TestKeys.Admin,
            "revoked" => Revoked,
            "garbage" => "cgk_this-key-was-never-issued",
            _ => throw new InvalidOperationException(caller),
        };
    }
}

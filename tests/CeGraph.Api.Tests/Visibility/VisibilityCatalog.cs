using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Visibility;

/// <summary>
/// What the visibility tests share, made once per app through the API: keys for every role, and activities of
/// <see cref="OwnSponsor"/> in each state — published (<see cref="Published"/>), distributed then rejected (<see cref="Rejected"/>,
/// with its distribution id), submitted (<see cref="Submitted"/>), and one (<see cref="Checked"/>) that counted in a PARTNER's stored
/// check and was afterwards redistributed and rejected. <see cref="CheckBefore"/> is that check as it read when it was made.
/// </summary>
public sealed record VisibilityCatalog(
    IReadOnlyDictionary<string, string?> SecretByRole,
    string RequirementId,
    string SponsorId,
    string RejectedId,
    string RejectedDistributionId,
    string CheckId,
    string CheckBefore)
{
    public const string OwnSponsor = "SAMPLE-NWIE";
    public const string OtherSponsor = "SAMPLE-CRCE";
    public const string Published = "VISPUB-01";
    public const string Rejected = "VISREJ-01";
    public const string Submitted = "VISSUB-01";
    public const string Checked = "VISCHK-01";
    public const string RejectionReason = "VIS-SECRET-REASON-01";
    public const string LaterRejectionReason = "VIS-LATER-REASON-01";
    public const string CompletedOn = "2026-01-10";

    /// <summary>The callers every visibility rule is checked against.</summary>
    public static readonly string[] Roles = ["anonymous", "PARTNER", "SPONSOR-other", "SPONSOR-own", "REVIEWER", "ADMIN"];

    /// <summary>Who may see the unpublished activities of <see cref="OwnSponsor"/>.</summary>
    public static readonly string[] MaySeeUnpublished = ["SPONSOR-own", "REVIEWER", "ADMIN"];

    /// <summary>What a check shows about its activities (everything that could change later).</summary>
    public const string CheckActivitySelection = """
        countedCredits
        rules { earned contributions { credits category { code } activity { id code title credits status rejectionReason
          distributions { id kind totalCredits lines { credits category { code } } activity { code status rejectionReason } }
          distribution(disciplineCode: "CT", kind: STRUCTURED_EDUCATION) { totalCredits } } } }
        """;

    public static Task<VisibilityCatalog> OfAsync(CeGraphTestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.SharedAsync("visibility catalog", () => CreateAsync(app));
    }

    private static async Task<VisibilityCatalog> CreateAsync(CeGraphTestApp app)
    {
        var partner = await app.CreateApiKeyAsync("PARTNER", name: "visibility partner");
        var other = await app.CreateApiKeyAsync("SPONSOR", OtherSponsor, "visibility other sponsor");
        var own = await app.CreateApiKeyAsync("SPONSOR", OwnSponsor, "visibility own sponsor");
        var reviewer = await app.CreateApiKeyAsync("REVIEWER", name: "visibility reviewer");
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        foreach (var code in (string[])[Published, Rejected, Submitted, Checked])
        {
            await SubmitAsync(admin, code, 2m, OwnSponsor);
        }

        await DistributeAsync(admin, Published, "CT", "STRUCTURED_EDUCATION", ("PC.1", 1m));
        await DistributeAsync(admin, Rejected, "CT", "STRUCTURED_EDUCATION", ("PC.1", 1m));
        await DistributeAsync(admin, Checked, "CT", "STRUCTURED_EDUCATION", ("PC.1", 1m));
        await RejectAsync(admin, Rejected, RejectionReason);

        using var partnerClient = app.CreateGraphQLClient(partner.Secret);
        var requirementId = await StructuredEducationRequirementIdAsync(partnerClient, "CT");
        var evaluation = await partnerClient.DataAsync(
            $"mutation($input: EvaluateRequirementInput!) {{ evaluateRequirement(input: $input) {{ check {{ id {CheckActivitySelection} }} {UserErrors} }} }}",
            new { input = new { requirementId, asOf = "2026-06-30", completions = Completions((Checked, CompletedOn)) } });
        var check = Succeeded(evaluation["evaluateRequirement"]!)["check"]!;
        var checkId = check["id"]!.GetValue<string>();
        check.AsObject().Remove("id");
        var checkBefore = JsonText.Pretty(check);

        // After the check: a new distribution, then a rejection. The check must show neither.
        await DistributeAsync(admin, Checked, "CT", "STRUCTURED_EDUCATION", ("PC.1", 1.5m), ("PC.2", 0.5m));
        await RejectAsync(admin, Checked, LaterRejectionReason);

        var ids = await admin.DataAsync(
            "query($c: String!, $s: String!) { activity(code: $c) { id distributions { id } } s: activity(code: $s) { sponsor { id } } }",
            new { c = Rejected, s = Published });
        return new VisibilityCatalog(
            new Dictionary<string, string?>
            {
                ["anonymous"] = null,
                ["PARTNER"] = partner.Secret,
                ["SPONSOR-other"] = other.Secret,
                ["SPONSOR-own"] = own.Secret,
                ["REVIEWER"] = reviewer.Secret,
                ["ADMIN"] = TestKeys.Admin,
            },
            requirementId,
            ids["s"]!["sponsor"]!["id"]!.GetValue<string>(),
            ids["activity"]!["id"]!.GetValue<string>(),
            ids["activity"]!["distributions"]![0]!["id"]!.GetValue<string>(),
            checkId,
            checkBefore);
    }

    private static async Task RejectAsync(GraphQLClient client, string code, string reason)
    {
        var data = await client.DataAsync(RejectActivity, new { input = new { activityCode = code, reason } });
        Succeeded(data["rejectActivity"]!);
    }
}

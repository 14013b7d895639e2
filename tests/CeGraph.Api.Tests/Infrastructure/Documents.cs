using System.Text.Json.Nodes;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>GraphQL documents and small steps the feature tests share (each asserts the step succeeded).</summary>
public static class Documents
{
    public const string UserErrors = "errors { __typename code message path }";

    public const string SubmitActivity =
        "mutation($input: SubmitActivityInput!) { submitActivity(input: $input) { activity { code title status credits ceCategory approvedOn expiresOn sponsor { code } } " + UserErrors + " } }";

    public const string AssignDistribution =
        "mutation($input: AssignCreditDistributionInput!) { assignCreditDistribution(input: $input) { distribution { discipline { code } kind outline { version } totalCredits lines { category { code } credits } activity { code status } } " + UserErrors + " } }";

    public const string RejectActivity =
        "mutation($input: RejectActivityInput!) { rejectActivity(input: $input) { activity { code status rejectionReason } " + UserErrors + " } }";

    public const string IssuePrescription =
        "mutation($input: IssueCqrPrescriptionInput!) { issueCqrPrescription(input: $input) { requirement { id kind name learnerRef windowStart windowEnd windowMonths discipline { code } outline { kind version } rules { kind credits category { code level } description } } " + UserErrors + " } }";

    /// <summary>Everything a stored check shows, except its id.</summary>
    public const string CheckSelection = """
        requirement { kind name discipline { code } outline { kind version } }
        fulfilled asOf evaluatedAt countedCredits
        completions { activityCode completedOn }
        rules {
          rule { kind credits category { code } description }
          required earned remaining satisfied detail
          contributions { activity { code } category { code } credits inRequirementOutline }
        }
        ignored { activityCode completedOn reason detail }
        """;

    public const string Evaluate =
        "mutation($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { id " + CheckSelection + " } " + UserErrors + " } }";

    public static async Task<JsonNode> SubmitAsync(GraphQLClient client, string code, decimal credits, string sponsorCode, string approvedOn = "2022-01-01", string? expiresOn = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var data = await client.DataAsync(SubmitActivity, new
        {
            input = new { code, title = $"Test activity {code}", sponsorCode, credits, ceCategory = "A", approvedOn, expiresOn },
        });
        return Succeeded(data["submitActivity"]!)["activity"]!;
    }

    public static async Task<JsonNode> DistributeAsync(GraphQLClient client, string activityCode, string disciplineCode, string kind, params (string Category, decimal Credits)[] lines)
    {
        ArgumentNullException.ThrowIfNull(client);
        var data = await client.DataAsync(AssignDistribution, new
        {
            input = new { activityCode, disciplineCode, kind, lines = lines.Select(l => new { categoryCode = l.Category, credits = l.Credits }).ToArray() },
        });
        return Succeeded(data["assignCreditDistribution"]!)["distribution"]!;
    }

    /// <summary>The global id of the discipline's seeded STRUCTURED_EDUCATION requirement.</summary>
    public static async Task<string> StructuredEducationRequirementIdAsync(GraphQLClient client, string disciplineCode)
    {
        ArgumentNullException.ThrowIfNull(client);
        var data = await client.DataAsync("query($code: String!) { discipline(code: $code) { requirements { id kind } } }", new { code = disciplineCode });
        return data["discipline"]!["requirements"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == "STRUCTURED_EDUCATION")!["id"]!.GetValue<string>();
    }

    public static object Completions(params (string Code, string On)[] completions) =>
        completions.Select(c => new { activityCode = c.Code, completedOn = c.On }).ToArray();

    /// <summary>Asserts a mutation payload has no errors and returns it.</summary>
    public static JsonNode Succeeded(JsonNode payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        Assert.True(payload["errors"]!.AsArray().Count == 0, "Expected no errors: " + payload.ToJsonString());
        return payload;
    }

    /// <summary>The codes of a payload's errors.</summary>
    public static string[] ErrorCodes(JsonNode payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];
    }
}

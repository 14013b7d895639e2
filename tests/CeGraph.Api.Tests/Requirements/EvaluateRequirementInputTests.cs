using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Requirements;

/// <summary>
/// Bad input to <c>evaluateRequirement</c> and <c>issueCqrPrescription</c>: a clear error (in the payload, or a GraphQL error for
/// values the schema cannot accept), nothing stored, and the server keeps serving.
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class EvaluateRequirementInputTests(CeGraphTestApp app)
{
    private static readonly object NoCompletions = Array.Empty<object>();

    public static TheoryData<string, string, string> PayloadErrors()
    {
        static string Rx(string items, string issuedOn = "2026-01-01", string dueOn = "2026-12-31", string discipline = "CT") =>
            $$"""{ "disciplineCode": "{{discipline}}", "issuedOn": "{{issuedOn}}", "dueOn": "{{dueOn}}", "items": {{items}} }""";
        return new()
        {
            { "unknown requirement id", $$"""{ "requirementId": "{{B64("Requirement:999999")}}", "completions": [] }""", "UNKNOWN_REQUIREMENT" },
            { "garbage requirement id", """{ "requirementId": "garbage", "completions": [] }""", "UNKNOWN_REQUIREMENT" },
            { "id of another type", $$"""{ "requirementId": "{{B64("Discipline:1")}}", "completions": [] }""", "UNKNOWN_REQUIREMENT" },
            { "both requirementId and prescription", $$"""{ "requirementId": "{{B64("Requirement:1")}}", "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 1 }]""")}}, "completions": [] }""", "REQUIREMENT_TARGET" },
            { "neither requirementId nor prescription", """{ "completions": [] }""", "REQUIREMENT_TARGET" },
            { "category not in the CQR outline", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "PC.2", "credits": 1 }]""")}}, "completions": [] }""", "UNKNOWN_CATEGORY" },
            { "made-up category", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "ZZ.9", "credits": 1 }]""")}}, "completions": [] }""", "UNKNOWN_CATEGORY" },
            { "major category", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S", "credits": 1 }]""")}}, "completions": [] }""", "NOT_A_SUBCATEGORY" },
            { "category twice", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 1 }, { "categoryCode": "S.1", "credits": 2 }]""")}}, "completions": [] }""", "DUPLICATE_CATEGORY" },
            { "credits 0", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 0 }]""")}}, "completions": [] }""", "INVALID_CREDITS" },
            { "credits -1", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": -1 }]""")}}, "completions": [] }""", "INVALID_CREDITS" },
            { "credits 0.3", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 0.3 }]""")}}, "completions": [] }""", "INVALID_CREDITS" },
            { "credits 0.001", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 0.001 }]""")}}, "completions": [] }""", "INVALID_CREDITS" },
            { "credits over the maximum", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 1000000 }]""")}}, "completions": [] }""", "INVALID_CREDITS" },
            { "credits 10^28", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 10000000000000000000000000000 }]""")}}, "completions": [] }""", "INVALID_CREDITS" },
            { "no items", $$"""{ "prescription": {{Rx("[]")}}, "completions": [] }""", "TOO_MANY_ITEMS" },
            { "51 items", $$"""{ "prescription": {{Rx("[" + string.Join(", ", Enumerable.Range(0, 51).Select(_ => """{ "categoryCode": "S.1", "credits": 1 }""")) + "]")}}, "completions": [] }""", "TOO_MANY_ITEMS" },
            { "due before issued", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 1 }]""", "2026-06-01", "2026-05-31")}}, "completions": [] }""", "INVALID_DATE_RANGE" },
            { "unknown discipline", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 1 }]""", discipline: "ZZ")}}, "completions": [] }""", "UNKNOWN_DISCIPLINE" },
            { "discipline without a CQR outline", $$"""{ "prescription": {{Rx("""[{ "categoryCode": "S.1", "credits": 1 }]""", discipline: "MR")}}, "completions": [] }""", "NO_OUTLINE_IN_EFFECT" },
            { "empty activity code", $$"""{ "requirementId": "{{B64("Requirement:1")}}", "completions": [{ "activityCode": " ", "completedOn": "2026-01-01" }] }""", "INVALID_CODE" },
            { "1001 completions", $$"""{ "requirementId": "{{B64("Requirement:1")}}", "completions": {{ManyCompletions(1001)}} }""", "TOO_MANY_ITEMS" },
            { "10000 completions", $$"""{ "requirementId": "{{B64("Requirement:1")}}", "completions": {{ManyCompletions(10_000)}} }""", "TOO_MANY_ITEMS" },
        };
    }

    [Theory]
    [MemberData(nameof(PayloadErrors))]
    public async Task EvaluateRequirement_InvalidInput_ReturnsPayloadErrorAndStoresNothing(string caseName, string input, string expectedCode)
    {
        using var partner = await PartnerAsync();
        var before = await app.FingerprintAsync();

        var response = await partner.PostAsync(Evaluate, new JsonObject { ["input"] = JsonNode.Parse(input) });

        Assert.True(response.Status == HttpStatusCode.OK && response.Json!["errors"] is null, $"{caseName}: {response.Pretty}");
        var payload = response.Json["data"]!["evaluateRequirement"]!;
        Assert.Null(payload["check"]);
        Assert.Contains(expectedCode, ErrorCodes(payload));
        Assert.All(payload["errors"]!.AsArray(), e => Assert.False(string.IsNullOrWhiteSpace(e!["message"]!.GetValue<string>())));
        Assert.Equal(before, await app.FingerprintAsync());
        await AssertStillServingAsync(partner);
    }

    public static TheoryData<string, string, object?> RequestErrors() => new()
    {
        { "credits 10^30 as a literal", Inline("""items: [{ categoryCode: "S.1", credits: 1000000000000000000000000000000 }]"""), null },
        { "credits 1e30 as a literal", Inline("""items: [{ categoryCode: "S.1", credits: 1e30 }]"""), null },
        { "2026-02-30 as a literal issuedOn", Inline("""items: [{ categoryCode: "S.1", credits: 1 }]""", issuedOn: "2026-02-30"), null },
        { "2026-02-30 as a literal completedOn", """mutation { evaluateRequirement(input: { requirementId: "x", completions: [{ activityCode: "A", completedOn: "2026-02-30" }] }) { errors { code } } }""", null },
        { "2026-13-01 as a literal asOf", """mutation { evaluateRequirement(input: { requirementId: "x", asOf: "2026-13-01", completions: [] }) { errors { code } } }""", null },
        { "a date-time as a literal asOf", """mutation { evaluateRequirement(input: { requirementId: "x", asOf: "2026-01-01T00:00:00Z", completions: [] }) { errors { code } } }""", null },
        { "credits 10^30 as a variable", WithVariable, Variable(JsonNode.Parse("""{ "disciplineCode": "CT", "issuedOn": "2026-01-01", "dueOn": "2026-12-31", "items": [{ "categoryCode": "S.1", "credits": 1000000000000000000000000000000 }] }""")) },
        { "credits 1e30 as a variable", WithVariable, Variable(JsonNode.Parse("""{ "disciplineCode": "CT", "issuedOn": "2026-01-01", "dueOn": "2026-12-31", "items": [{ "categoryCode": "S.1", "credits": 1e30 }] }""")) },
        { "2026-02-30 as a variable issuedOn", WithVariable, Variable(JsonNode.Parse("""{ "disciplineCode": "CT", "issuedOn": "2026-02-30", "dueOn": "2026-12-31", "items": [{ "categoryCode": "S.1", "credits": 1 }] }""")) },
        {
            "2026-02-30 as a variable completedOn",
            "mutation($c: [CompletionInput!]!) { evaluateRequirement(input: { requirementId: \"x\", completions: $c }) { errors { code } } }",
            new JsonObject { ["c"] = JsonNode.Parse("""[{ "activityCode": "A", "completedOn": "2026-02-30" }]""") }
        },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task EvaluateRequirement_ValueTheSchemaCannotAccept_ReturnsGraphQLErrorAndStoresNothing(string caseName, string query, object? variables)
    {
        using var partner = await PartnerAsync();
        var before = await app.FingerprintAsync();

        var response = await partner.PostAsync(query, variables);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{caseName}: {(int)response.Status} {response.Body}");
        Assert.Null(response.Json!["data"]);
        var message = response.FirstError!;
        Assert.True(message.Contains("Decimal", StringComparison.Ordinal) || message.Contains("Date", StringComparison.Ordinal), $"{caseName}: unclear message '{message}'");
        Assert.Equal(before, await app.FingerprintAsync());
        await AssertStillServingAsync(partner);
    }

    [Fact]
    public async Task EvaluateRequirement_ExactlyOneThousandCompletions_IsEvaluated()
    {
        using var partner = await PartnerAsync();
        var requirementId = await StructuredEducationRequirementIdAsync(partner, "CT");
        var checks = await app.CountRowsAsync("FulfillmentChecks");

        var data = await partner.DataAsync(Evaluate, new JsonObject
        {
            ["input"] = new JsonObject { ["requirementId"] = requirementId, ["asOf"] = "2026-06-30", ["completions"] = JsonNode.Parse(ManyCompletions(1000)) },
        });

        var check = Succeeded(data["evaluateRequirement"]!)["check"]!;
        Assert.Equal(1000, check["completions"]!.AsArray().Count);
        Assert.Equal(checks + 1, await app.CountRowsAsync("FulfillmentChecks"));
    }

    [Theory]
    [InlineData("S.1", "0")]
    [InlineData("S.1", "-1")]
    [InlineData("S.1", "0.3")]
    [InlineData("S", "1")]
    [InlineData("PC.2", "1")]
    public async Task IssueCqrPrescription_InvalidItem_ReturnsPayloadErrorAndStoresNothing(string category, string credits)
    {
        var secret = await app.SharedAsync("input-tests reviewer", async () => (await app.CreateApiKeyAsync("REVIEWER")).Secret);
        using var reviewer = app.CreateGraphQLClient(secret);
        var before = await app.FingerprintAsync();

        var data = await reviewer.DataAsync(IssuePrescription, new JsonObject
        {
            ["input"] = JsonNode.Parse($$"""{ "disciplineCode": "CT", "learnerRef": "l-1", "issuedOn": "2026-01-01", "dueOn": "2026-12-31", "items": [{ "categoryCode": "{{category}}", "credits": {{credits}} }] }"""),
        });

        Assert.Null(data["issueCqrPrescription"]!["requirement"]);
        Assert.NotEmpty(ErrorCodes(data["issueCqrPrescription"]!));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    private async Task<GraphQLClient> PartnerAsync()
    {
        var secret = await app.SharedAsync("input-tests partner", async () => (await app.CreateApiKeyAsync("PARTNER")).Secret);
        return app.CreateGraphQLClient(secret);
    }

    private static async Task AssertStillServingAsync(GraphQLClient client)
    {
        var data = await client.DataAsync("{ discipline(code: \"CT\") { code } }");
        Assert.Equal("CT", data["discipline"]!["code"]!.GetValue<string>());
    }

    private const string WithVariable = "mutation($p: PrescriptionInput) { evaluateRequirement(input: { prescription: $p, completions: [] }) { errors { code } } }";

    private static string Inline(string items, string issuedOn = "2026-01-01") =>
        $$"""mutation { evaluateRequirement(input: { prescription: { disciplineCode: "CT", issuedOn: "{{issuedOn}}", dueOn: "2026-12-31", {{items}} }, completions: [] }) { errors { code } } }""";

    private static JsonObject Variable(JsonNode? prescription) => new() { ["p"] = prescription };

    private static string ManyCompletions(int count) =>
        "[" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"activityCode":"SAMPLE-{{i % 240 + 1:0000}}","completedOn":"2026-01-01"}""")) + "]";

    private static string B64(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}

using System.Net;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Hardening.Refusals;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Http;

/// <summary>
/// <c>Decimal</c> input is a JSON number or a string, taken exactly: a value a decimal cannot hold exactly is refused
/// with a clear error and changes nothing, never rounded (issue 9 item 6, issue 10 item 5). Output stays a JSON number.
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class ExactDecimalInputTests(CeGraphTestApp app)
{
    private const string CountAtLeast = "query($c: Decimal) { activities(first: 0, where: { credits: { gte: $c } }) { totalCount } }";

    public static TheoryData<string> Inexact() => new()
    {
        "0.24999999999999999999999999999999",
        "1000.0000000000000000000000000001",
        "1e-29",
        "79228162514264337593543950336",
    };

    [Fact]
    public async Task StringVariable_IsReadExactlyLikeTheNumber()
    {
        using var client = app.CreateGraphQLClient();

        var asString = await client.DataAsync(CountAtLeast, new { c = "3.5" });
        var asNumber = await client.DataAsync(CountAtLeast, new { c = 3.5m });

        Assert.Equal(asNumber["activities"]!["totalCount"]!.GetValue<int>(), asString["activities"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Inexact))]
    public async Task InexactNumberVariable_IsRefused(string value)
    {
        using var client = app.CreateGraphQLClient();

        var response = await PostRawAsync(client, "{\"query\":\"" + CountAtLeast + "\",\"variables\":{\"c\":" + value + "}}");

        // GraphQL.NET quotes only primitive values: an inexact number shows as '(object)', never as a rounded double.
        AssertRefused(response, HttpStatusCode.BadRequest, "INVALID_VALUE");
        Assert.Contains("'$c' is invalid", response.FirstError, StringComparison.Ordinal);
        Assert.Contains("Decimal", response.FirstError, StringComparison.Ordinal);
        Assert.DoesNotContain("0.25", response.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inexact))]
    public async Task InexactStringVariable_IsRefused(string value)
    {
        using var client = app.CreateGraphQLClient();

        var response = await client.PostAsync(CountAtLeast, new { c = value });

        AssertRefused(response, HttpStatusCode.BadRequest, "INVALID_VALUE");
        Assert.Contains(value, response.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inexact))]
    public async Task InexactLiteral_IsRefused(string value)
    {
        using var client = app.CreateGraphQLClient();

        var number = await client.PostAsync($"{{ activities(first: 0, where: {{ credits: {{ gte: {value} }} }}) {{ totalCount }} }}");
        var text = await client.PostAsync($"{{ activities(first: 0, where: {{ credits: {{ gte: \"{value}\" }} }}) {{ totalCount }} }}");

        AssertRefused(number, HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE");
        AssertRefused(text, HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE");
        Assert.Contains(value, number.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.24999999999999999999999999999999")]
    [InlineData("1000.0000000000000000000000000001")]
    public async Task SubmitActivity_WithCreditsPast28Places_IsRefusedNotRoundedAndStoresNothing(string credits)
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var before = await app.FingerprintAsync();
        var input = $$"""{"code":"EXACT-{{credits.Length}}","title":"Exact credits","sponsorCode":"SAMPLE-WWIL","credits":{{credits}},"ceCategory":"A","approvedOn":"2026-03-01","expiresOn":"2028-02-29"}""";

        var asNumber = await PostRawAsync(admin, "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(SubmitActivity) + ",\"variables\":{\"input\":" + input + "}}");
        var asLiteral = await admin.PostAsync(
            $$"""mutation { submitActivity(input: { code: "EXACT-L", title: "Exact", sponsorCode: "SAMPLE-WWIL", credits: {{credits}}, ceCategory: A, approvedOn: "2026-03-01", expiresOn: "2028-02-29" }) { activity { credits } } }""");

        AssertRefused(asNumber, HttpStatusCode.BadRequest, "INVALID_VALUE");
        AssertRefused(asLiteral, HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE");
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Fact]
    public async Task SubmitActivity_TakesCreditsAsAStringAndAnswersANumber()
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        var response = await admin.PostAsync(SubmitActivity, new
        {
            input = new { code = "EXACT-STRING-1", title = "Credits as a string", sponsorCode = "SAMPLE-WWIL", credits = "1.25", ceCategory = "A", approvedOn = "2026-03-01", expiresOn = "2028-02-29" },
        });

        AssertData(response);
        var credits = response.Json!["data"]!["submitActivity"]!["activity"]!["credits"]!;
        Assert.Equal(System.Text.Json.JsonValueKind.Number, credits.GetValueKind());
        Assert.Equal(1.25m, credits.GetValue<decimal>());
    }

    /// <summary>POSTs a body written by hand, so that numbers reach the server exactly as typed.</summary>
    private static async Task<GraphQLResponse> PostRawAsync(GraphQLClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (client.ApiKey is not null)
        {
            request.Headers.Authorization = new("Bearer", client.ApiKey);
        }

        using var response = await client.Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}

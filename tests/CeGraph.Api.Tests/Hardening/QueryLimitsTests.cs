using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CeGraph.Api.Hardening;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>The default limits: everyday queries and GraphiQL's introspection pass; each kind of excess gets its own clear error.</summary>
public sealed class QueryLimitsTests(CeGraphAppFactory factory) : IClassFixture<CeGraphAppFactory>
{
    private static readonly GraphQLLimits Defaults = new();

    [Fact]
    public async Task PageOfFiftyActivities_WithNestedDistributions_Passes()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(
            "{ activities(first: 50) { nodes { sponsor { name } distributions { discipline { code } lines { credits category { name parent { name } } } } } } }");

        AssertData(response);
        Assert.Equal(50, response.Json!["data"]!["activities"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task GraphiQLIntrospectionQuery_Passes()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(Resources.GraphiQLIntrospectionQuery, operationName: "IntrospectionQuery");

        AssertData(response);
        Assert.Equal("Query", response.Json!["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task NestingDeeperThanTheLimit_IsRefusedBeforeAnythingRuns()
    {
        using var client = factory.CreateGraphQLClient();
        var parents = string.Concat(Enumerable.Repeat("parent { ", 12)) + "code" + new string('}', 12);

        var response = await client.PostAsync($"{{ activities(first: 1) {{ nodes {{ distributions {{ lines {{ category {{ {parents} }} }} }} }} }} }}");

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooDeep);
        Assert.Contains($"at most {Defaults.MaxDepth}", response.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionsNestedInConnections_ExceedTheCostBudget()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(
            "{ activities(first: 100) { nodes { sponsor { activities(first: 100) { nodes { sponsor { activities(first: 100) { nodes { code } } } } } } } } }");

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
        Assert.Contains("first", response.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cost_CountsFirstFromVariables()
    {
        using var client = factory.CreateGraphQLClient();
        const string query = "query($n: Int) { a: activities(first: $n) { nodes { sponsor { activities(first: $n) { nodes { distributions { lines { credits } } } } } } } }";

        AssertData(await client.PostAsync(query, new { n = 5 }));
        AssertRefused(await client.PostAsync(query, new { n = 100 }), HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task NegativeFirst_CannotHideTheCostOfAnotherField()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(
            "{ cheap: activities(first: -100000) { nodes { code } } "
            + "costly: activities(first: 100) { nodes { sponsor { activities(first: 100) { nodes { sponsor { activities(first: 100) { nodes { code } } } } } } } } }");

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task FirstAboveThePageCap_GetsTheFieldsOwnErrorNotACostError()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("{ activities(first: 2147483647) { nodes { code } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task RecursiveIntrospection_ExceedsTheCostBudget()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }");

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task Aliases_OverTheLimit_AreRefused()
    {
        using var client = factory.CreateGraphQLClient();
        string Aliases(int count) => "{ disciplines { " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: code")) + " } }";

        AssertData(await client.PostAsync(Aliases(Defaults.MaxAliases)));
        AssertRefused(await client.PostAsync(Aliases(Defaults.MaxAliases + 1)), HttpStatusCode.BadRequest, QueryLimitError.TooManyAliases);
    }

    [Fact]
    public async Task RootFields_OverTheLimit_AreRefusedEvenWhenFragmentsBringThem()
    {
        using var client = factory.CreateGraphQLClient();
        var fields = string.Join(' ', Enumerable.Range(0, Defaults.MaxRootFields - 1).Select(i => $"d{i}: disciplines {{ code }}"));

        AssertData(await client.PostAsync($"{{ {fields} ...F }} fragment F on Query {{ __typename }}"));
        AssertRefused(
            await client.PostAsync($"{{ {fields} ...F }} fragment F on Query {{ __typename x: __typename }}"),
            HttpStatusCode.BadRequest,
            QueryLimitError.TooManyRootFields);
    }

    [Fact]
    public async Task DocumentLongerThanTheLimit_IsRefusedBeforeParsing()
    {
        using var client = factory.CreateGraphQLClient();
        var padding = new string('x', Defaults.MaxDocumentLength);

        // Unparseable on purpose: the length check must answer first, so the error is about the size, not the syntax.
        var response = await client.PostAsync("{ __typename " + padding);

        AssertRefused(response, HttpStatusCode.BadRequest, DocumentLengthLimit.ErrorCode);
    }

    [Fact]
    public async Task ListVariableLongerThanTheLimit_IsRefused()
    {
        using var client = factory.CreateGraphQLClient();
        var codes = Enumerable.Range(0, Defaults.MaxListItems + 1).Select(i => $"X{i}").ToArray();

        var response = await client.PostAsync(
            "query($codes: [String!]) { coverage(disciplineCode: \"CT\", kind: STRUCTURED_EDUCATION, activityCodes: $codes) { totalCredits } }",
            new { codes });

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.ListTooLong);
    }

    [Fact]
    public async Task BodyDeclaredLargerThanTheLimit_Gets413WithoutBeingRead()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(new byte[Defaults.MaxRequestBodyBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/graphql", content);

        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, body.Status);
        Assert.Contains("GraphQL:MaxRequestBodyBytes", body.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChunkedBodyGrowing_PastTheLimit_Gets413()
    {
        using var client = factory.CreateClient();
        var json = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + new string('x', (int)Defaults.MaxRequestBodyBytes) + "\"}}";
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        Assert.Equal(15, Defaults.MaxDepth);
        Assert.Equal(100_000, Defaults.MaxComplexity);
        Assert.Equal(30, Defaults.MaxAliases);
        Assert.Equal(20, Defaults.MaxRootFields);
        Assert.Equal(20_000, Defaults.MaxDocumentLength);
        Assert.Equal(1_048_576, Defaults.MaxRequestBodyBytes);
        Assert.Equal(10_000, Defaults.MaxListItems);
        Assert.Equal(1_000, Defaults.MaxFields);
        Assert.Equal(TimeSpan.FromSeconds(30), Defaults.ExecutionTimeout);
        Assert.True(Defaults.EnableIntrospection);
        Assert.False(Defaults.ExposeExceptionDetails);
        Assert.False(Defaults.TrustedDocumentsOnlyForPartners);
    }

    /// <summary>A memory stream that does not tell its length, so the client sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

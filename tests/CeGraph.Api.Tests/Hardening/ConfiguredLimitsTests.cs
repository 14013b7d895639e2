using System.Net;
using System.Net.Http.Headers;
using CeGraph.Api.Hardening;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>Every limit follows its <c>GraphQL:*</c> setting (here set small); the execution timeout has its own class.</summary>
public sealed class ConfiguredLimitsTests(ConfiguredLimitsTests.SmallLimits factory) : IClassFixture<ConfiguredLimitsTests.SmallLimits>
{
    [Fact]
    public async Task Depth_FollowsItsSetting()
    {
        using var client = factory.CreateGraphQLClient();

        AssertData(await client.PostAsync("{ discipline(code: \"CT\") { outline(kind: EXAMINATION) { kind } } }"));
        AssertRefused(
            await client.PostAsync("{ discipline(code: \"CT\") { outline(kind: EXAMINATION) { discipline { code } } } }"),
            HttpStatusCode.BadRequest,
            QueryLimitError.TooDeep);
    }

    [Fact]
    public async Task Cost_FollowsItsSetting()
    {
        using var client = factory.CreateGraphQLClient();

        AssertData(await client.PostAsync("{ activities(first: 40) { nodes { code } } }"));
        AssertRefused(await client.PostAsync("{ activities(first: 60) { nodes { code } } }"), HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task AliasesRootFieldsAndListItems_FollowTheirSettings()
    {
        using var client = factory.CreateGraphQLClient();

        AssertRefused(await client.PostAsync("{ disciplines { a: code b: code c: code } }"), HttpStatusCode.BadRequest, QueryLimitError.TooManyAliases);
        AssertRefused(await client.PostAsync("{ disciplines { code } __typename activity(code: \"X\") { code } }"), HttpStatusCode.BadRequest, QueryLimitError.TooManyRootFields);
        AssertRefused(await client.PostAsync("{ nodes(ids: [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\"]) { id } }"), HttpStatusCode.BadRequest, QueryLimitError.ListTooLong);
    }

    [Fact]
    public async Task DocumentLengthAndBodySize_FollowTheirSettings()
    {
        using var client = factory.CreateGraphQLClient();
        AssertRefused(await client.PostAsync("{ disciplines { code } }" + new string(' ', 200)), HttpStatusCode.BadRequest, DocumentLengthLimit.ErrorCode);

        using var http = factory.CreateClient();
        using var content = new StringContent("{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 1000) + "\"}}");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Introspection_CanBeTurnedOff()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("introspection", response.FirstError, StringComparison.OrdinalIgnoreCase);
        AssertData(await client.PostAsync("{ __typename }"));
    }

    public sealed class SmallLimits() : TestOnlyFieldsFactory(
        ("GraphQL:MaxDepth", "3"),
        ("GraphQL:MaxComplexity", "50"),
        ("GraphQL:MaxAliases", "2"),
        ("GraphQL:MaxRootFields", "2"),
        ("GraphQL:MaxDocumentLength", "200"),
        ("GraphQL:MaxRequestBodyBytes", "1000"),
        ("GraphQL:MaxListItems", "5"),
        ("GraphQL:EnableIntrospection", "false"));
}

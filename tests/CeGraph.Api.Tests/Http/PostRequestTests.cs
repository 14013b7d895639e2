using System.Net;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Http;

public sealed class PostRequestTests(CeGraphAppFactory factory) : HttpTestBase(factory)
{
    private const string Disciplines = """{"query":"{ disciplines { code } }"}""";

    [Fact]
    public async Task PostQuery_Returns200WithDataAsGraphqlResponseJson()
    {
        var response = await PostAsync(Disciplines);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Contains(response.Json!["data"]!["disciplines"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "CT");
        AssertNothingLogged();
    }

    [Fact]
    public async Task GraphqlClientHelper_PostsVariablesAndReturnsData()
    {
        using var client = Factory.CreateGraphQLClient();

        var data = await client.DataAsync("query ($code: String!) { discipline(code: $code) { code } }", new { code = "CT" });

        Assert.Equal("CT", data["discipline"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/json; charset=utf-8", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("*/*", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/*", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json; charset=utf-8")]
    [InlineData("text/html, application/json;q=0.9", "application/json; charset=utf-8")]
    public async Task AcceptHeader_PicksTheResponseMediaType(string accept, string expected)
    {
        var response = await PostAsync(Disciplines, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.ContentType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json;q=0")]
    public async Task UnacceptableAcceptHeader_Returns406(string accept) =>
        AssertGraphQLError(await PostAsync(Disciplines, accept), HttpStatusCode.NotAcceptable);

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task OtherContentTypes_Return415(string? contentType) =>
        AssertGraphQLError(await PostAsync(Disciplines, contentType: contentType), HttpStatusCode.UnsupportedMediaType);

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not a JSON")]
    [InlineData("null")]
    [InlineData("[{\"query\":\"{ __typename }\"}]")]
    [InlineData("{}")]
    [InlineData("{\"query\":\"\"}")]
    [InlineData("{\"query\":0}")]
    [InlineData("{\"query\":{\"a\":1}}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[1]}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"{}\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":7}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":false}")]
    public async Task Malformed_requests_return_400_with_a_graphql_error_body(string body)
    {
        AssertGraphQLError(await PostAsync(body), HttpStatusCode.BadRequest);
        AssertGraphQLError(await PostAsync(body, "application/json"), HttpStatusCode.BadRequest);
        AssertNothingLogged();
    }

    [Theory]
    [InlineData("{\"query\":\"{ noSuchField }\"}")]
    [InlineData("{\"query\":\"{\"}")]
    [InlineData("{\"query\":\"query A { __typename } query B { __typename }\"}")]
    [InlineData("{\"query\":\"query ($c: String!) { discipline(code: $c) { code } }\",\"variables\":{\"c\":null}}")]
    public async Task Results_WithoutData_Are400UnderGraphqlResponseJsonAnd200UnderJson(string body)
    {
        AssertGraphQLError(await PostAsync(body, GraphQLResponseJson), HttpStatusCode.BadRequest);
        AssertGraphQLError(await PostAsync(body, "application/json"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownField_ReportsTheValidationError()
    {
        var response = await PostAsync("""{"query":"{ noSuchField }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("noSuchField", response.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullOptionalParametersAndUnknownKeys_AreIgnored()
    {
        var response = await PostAsync("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null,"other":1}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json!["data"]!["__typename"]!.GetValue<string>());
    }
}

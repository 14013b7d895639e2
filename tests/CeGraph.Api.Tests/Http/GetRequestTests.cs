using System.Net;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Http;

public sealed class GetRequestTests(CeGraphAppFactory factory) : HttpTestBase(factory)
{
    [Fact]
    public async Task GetQuery_Returns200WithData()
    {
        var response = await GetAsync("?query=" + Uri.EscapeDataString("{ disciplines { code } }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Contains(response.Json!["data"]!["disciplines"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "CT");
    }

    [Fact]
    public async Task Get_VariablesOperationNameAndExtensions_AreReadAsJsonStrings()
    {
        var query = Uri.EscapeDataString("query Other { __typename } query One($code: String!) { discipline(code: $code) { code } }");
        var variables = Uri.EscapeDataString("""{"code":"CT"}""");
        var extensions = Uri.EscapeDataString("""{"some":"value"}""");

        var response = await GetAsync($"?query={query}&operationName=One&variables={variables}&extensions={extensions}", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("CT", response.Json!["data"]!["discipline"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?query=")]
    [InlineData("?query=%7B__typename%7D&variables=%5B1%5D")]
    [InlineData("?query=%7B__typename%7D&variables=nope")]
    [InlineData("?query=%7B__typename%7D&extensions=%22x%22")]
    [InlineData("?query=%7B__typename%7D&query=%7B__typename%7D")]
    public async Task MalformedGetRequests_Return400(string queryString) =>
        AssertGraphQLError(await GetAsync(queryString), HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    [InlineData("subscription { __typename }", null)]
    public async Task GetSelectingANonQueryOperation_Returns405AllowPost(string document, string? operationName)
    {
        // The schema has no Mutation type yet, so these documents are also invalid in other ways; the GET rule
        // still fires on the selected operation and wins (405). HttpGetQueryOnlyRuleTests covers a schema that has
        // mutations. Both media types: 405 is about the method, not the body format.
        var queryString = "?query=" + Uri.EscapeDataString(document) + (operationName is null ? "" : "&operationName=" + operationName);
        foreach (var accept in new[] { GraphQLResponseJson, "application/json" })
        {
            var response = await GetAsync(queryString, accept);

            AssertGraphQLError(response, HttpStatusCode.MethodNotAllowed);
            Assert.Equal("POST", response.Allow);
            Assert.Equal("HTTP_METHOD_NOT_ALLOWED", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task GetSelectingTheQuery_OfADocumentWithAMutation_IsAllowed()
    {
        var response = await GetAsync("?query=" + Uri.EscapeDataString("query Q { __typename } mutation M { __typename }") + "&operationName=Q");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Get_WithUnacceptableAccept_Returns406() =>
        AssertGraphQLError(await GetAsync("?query=%7B__typename%7D", "image/png"), HttpStatusCode.NotAcceptable);

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    public async Task OtherMethods_Return405AllowGetPost(string method)
    {
        var response = await SendAsync(new HttpMethod(method), "/graphql", method == "HEAD" ? null : "{}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
    }
}

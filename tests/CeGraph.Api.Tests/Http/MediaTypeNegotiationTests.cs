using CeGraph.Api.Hosting.Http;

namespace CeGraph.Api.Tests.Http;

public sealed class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData(null, GraphQLResponseFormat.GraphQLResponseJson)]
    [InlineData("", GraphQLResponseFormat.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLResponseFormat.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLResponseFormat.Json)]
    [InlineData("APPLICATION/JSON; charset=UTF-8", GraphQLResponseFormat.Json)]
    [InlineData("application/graphql-response+json, application/json, multipart/mixed", GraphQLResponseFormat.GraphQLResponseJson)]
    [InlineData("application/json, */*;q=0.1", GraphQLResponseFormat.Json)]
    [InlineData("application/json;q=0.2, application/graphql-response+json;q=0.1", GraphQLResponseFormat.Json)]
    [InlineData("text/html", GraphQLResponseFormat.None)]
    [InlineData("application/graphql-response+json; charset=iso-8859-1", GraphQLResponseFormat.None)]
    [InlineData("application/json;q=0", GraphQLResponseFormat.None)]
    public void Negotiate_PicksTheFormat(string? accept, GraphQLResponseFormat expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON;charset=\"UTF-8\"", true)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("text/plain", false)]
    [InlineData("application/graphql-response+json", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public void OnlyUtf8JsonRequestBodies_AreAccepted(string? contentType, bool expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.IsJsonRequest(contentType));

    [Theory]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", true)]
    [InlineData("application/json", false)]
    [InlineData("*/*", false)]
    [InlineData("text/html;q=0", false)]
    public void BrowserNavigation_IsDetectedByAnExplicitTextHtml(string accept, bool expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.AcceptsHtml(accept));
}

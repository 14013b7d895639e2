using System.Net;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Http;

/// <summary>Shared plumbing for the endpoint tests: raw requests against one app instance per test class.</summary>
public abstract class HttpTestBase(CeGraphAppFactory factory) : IClassFixture<CeGraphAppFactory>
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    protected CeGraphAppFactory Factory { get; } = factory;

    protected async Task<GraphQLResponse> SendAsync(HttpMethod method, string url, string? body = null, string? contentType = "application/json", string? accept = null)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body);
            request.Content.Headers.ContentType = null;
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    protected Task<GraphQLResponse> PostAsync(string body, string? accept = null, string? contentType = "application/json") =>
        SendAsync(HttpMethod.Post, "/graphql", body, contentType, accept);

    protected Task<GraphQLResponse> GetAsync(string queryString, string? accept = null) =>
        SendAsync(HttpMethod.Get, "/graphql" + queryString, accept: accept);

    /// <summary>Asserts the status and that the body is the GraphQL error shape <c>{"errors":[{"message":…}]}</c> without data.</summary>
    protected static void AssertGraphQLError(GraphQLResponse response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(status == response.Status, $"Expected {(int)status}, got {(int)response.Status}: {response.Body}");
        Assert.False(string.IsNullOrWhiteSpace(response.FirstError), response.Body);
        Assert.Null(response.Json!["data"]);
    }

    protected void AssertNothingLogged() => Assert.True(Factory.Logs.Errors.Count == 0, string.Join('\n', Factory.Logs.Errors));
}

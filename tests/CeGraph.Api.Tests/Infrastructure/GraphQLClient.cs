using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>A small client for <c>/graphql</c>: POSTs a query with variables and returns the response as JSON.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    /// <summary>The underlying client, for requests the helpers do not cover.</summary>
    public HttpClient Http { get; } = http;

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>POSTs the request and returns status, content type and parsed body (the body must be JSON).</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (ApiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>POSTs the request and returns the response body pretty-printed (for snapshots and readable asserts).</summary>
    public async Task<string> QueryAsync(string query, object? variables = null, string? operationName = null) =>
        (await PostAsync(query, variables, operationName)).Pretty;

    /// <summary>POSTs the request, asserts 200 with no errors, and returns <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null, string? operationName = null)
    {
        var response = await PostAsync(query, variables, operationName);
        Assert.True(response.Status == HttpStatusCode.OK && response.Json?["errors"] is null, $"Expected data without errors, got {(int)response.Status}:\n{response.Pretty}");
        return response.Json!["data"]!;
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A /graphql response: status, Content-Type, and body (raw, parsed, pretty-printed).</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Body, JsonNode? Json)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The Allow header (405 responses), when the caller recorded it.</summary>
    public string? Allow { get; init; }

    public string Pretty => Json?.ToJsonString(Indented) ?? Body;

    /// <summary>The first error's message, or null.</summary>
    public string? FirstError => Json?["errors"]?[0]?["message"]?.GetValue<string>();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Not JSON (e.g. the GraphiQL page): Json stays null, Body has the text.
        }

        var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null;
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, json) { Allow = allow };
    }
}

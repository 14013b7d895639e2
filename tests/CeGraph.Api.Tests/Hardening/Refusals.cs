using System.Net;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>Asserts for refused requests: the status, a GraphQL error with the expected code, and no data.</summary>
public static class Refusals
{
    public static void AssertRefused(GraphQLResponse response, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.Status == status, $"Expected {(int)status}, got {(int)response.Status}: {response.Body}");
        Assert.Null(response.Json!["data"]);
        var codes = response.Json["errors"]!.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>()).ToList();
        Assert.True(codes.Contains(code), $"Expected an error with code {code}: {response.Body}");
    }

    public static void AssertData(GraphQLResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.Status == HttpStatusCode.OK && response.Json?["errors"] is null && response.Json?["data"] is not null,
            $"Expected data without errors, got {(int)response.Status}: {response.Body[..Math.Min(response.Body.Length, 2000)]}");
    }
}

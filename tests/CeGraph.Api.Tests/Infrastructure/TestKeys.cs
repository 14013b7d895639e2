using System.Text.Json.Nodes;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>The one bootstrap ADMIN key every test host starts with, and the helper that makes keys of other roles with it.</summary>
public static class TestKeys
{
    public const string Admin = "cgk_test-bootstrap-admin-0123456789abcdefghijklmnop";

    /// <summary>The setting that makes <see cref="Admin"/> a working key at start-up.</summary>
    public static readonly (string Key, string? Value) AdminSetting = ("CEGRAPH_ADMIN_KEY", Admin);

    /// <summary>Creates a key with <paramref name="role"/> (ADMIN, PARTNER, REVIEWER, SPONSOR) and returns its secret.</summary>
    public static async Task<string> CreateAsync(GraphQLClient client, string role, string? sponsorCode = null) =>
        (await CreateWithIdAsync(client, role, sponsorCode)).Secret;

    /// <summary>
    /// Creates a key through <c>createApiKey</c> as <see cref="Admin"/> (whatever key <paramref name="client"/> sends
    /// otherwise) and returns its global id and secret. The name defaults to a unique one.
    /// </summary>
    public static async Task<(string Id, string Secret)> CreateWithIdAsync(GraphQLClient client, string role, string? sponsorCode = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var previous = client.ApiKey;
        client.ApiKey = Admin;
        try
        {
            var data = await client.DataAsync(
                "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } errors { code message } } }",
                new { input = new { name = name ?? $"{role} key {Guid.NewGuid():N}", role, sponsorCode } });
            var payload = data["createApiKey"]!;
            Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
            return (payload["apiKey"]!["id"]!.GetValue<string>(), payload["secret"]!.GetValue<string>());
        }
        finally
        {
            client.ApiKey = previous;
        }
    }

    public static JsonArray Errors(JsonNode payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload["errors"]!.AsArray();
    }
}

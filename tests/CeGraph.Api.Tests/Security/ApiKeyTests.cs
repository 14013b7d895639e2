using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using CeGraph.Api.Tests.SchemaContract;
using Snapshooter.Xunit;

namespace CeGraph.Api.Tests.Security;

/// <summary><c>createApiKey</c> / <c>revokeApiKey</c>: the secret is shown once, stored only as a hash, and a revoked key stops working.</summary>
[Collection(WritableCatalog.Name)]
public sealed class ApiKeyTests(CeGraphTestApp app)
{
    private const string Create = """
        mutation($input: CreateApiKeyInput!) {
          createApiKey(input: $input) { secret apiKey { id name role prefix sponsor { code } createdAt revokedAt } errors { __typename code message path } }
        }
        """;

    private const string Revoke = "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { name role revokedAt } errors { __typename code message path } } }";

    [Fact]
    public async Task CreateApiKey_Admin_ReturnsTheSecretOnceAndStoresOnlyItsHash()
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        var data = await admin.DataAsync(Create, new { input = new { name = "LMS integration", role = "SPONSOR", sponsorCode = "SAMPLE-ADVS" } });

        var payload = Documents.Succeeded(data["createApiKey"]!);
        var secret = payload["secret"]!.GetValue<string>();
        var key = payload["apiKey"]!;
        Assert.StartsWith("cgk_", secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= 40, secret);
        Assert.Equal(secret[..12], key["prefix"]!.GetValue<string>());
        Assert.Equal("2026-06-30T12:00:00Z", key["createdAt"]!.GetValue<string>());
        var row = await ApiKeyRowAsync(key["name"]!.GetValue<string>());
        Assert.DoesNotContain(secret, row.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[12..], row.Text, StringComparison.Ordinal);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), row.Hash);
        var snapshot = payload.DeepClone().AsObject();
        snapshot["secret"] = "<shown once>";
        snapshot["apiKey"]!.AsObject().Remove("id");
        snapshot["apiKey"]!["prefix"] = "<first 12 characters of the secret>";
        Snapshot.Match(JsonText.Pretty(snapshot));
    }

    [Fact]
    public async Task Schema_AfterCreation_OffersNoWayToReadASecretOrAKeyAgain()
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin);
        var schema = new SchemaModel(await client.DataAsync(SchemaModel.IntrospectionQuery));
        var (id, _) = await app.CreateApiKeyAsync("PARTNER", name: "not readable");

        var secretFields = schema.TypeNames
            .Where(t => !t.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => schema.FieldNames(t).Select(f => $"{t}.{f}"))
            .Where(f => f.Contains("secret", StringComparison.OrdinalIgnoreCase) || f.Contains("hash", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.Equal(["CreateApiKeyPayload.secret"], secretFields);
        var node = await client.DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id });
        Assert.Null(node["node"]);
    }

    [Fact]
    public async Task RevokeApiKey_Admin_MakesTheKeyUnauthenticatedAtOnce()
    {
        var (id, secret) = await app.CreateApiKeyAsync("PARTNER", name: "to revoke");
        using var holder = app.CreateGraphQLClient(secret);
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        const string probe = "query($id: ID!) { fulfillmentCheck(id: $id) { fulfilled } }";
        var beforeRevoke = await holder.PostAsync(probe, new { id = "unknown" });

        var revoked = await admin.DataAsync(Revoke, new { id });
        var afterRevoke = await holder.PostAsync(probe, new { id = "unknown" });
        var publicRead = await holder.PostAsync("{ disciplines { code } }");

        Assert.True(beforeRevoke.Json!["errors"] is null, beforeRevoke.Pretty);
        Assert.Equal("2026-06-30T12:00:00Z", Documents.Succeeded(revoked["revokeApiKey"]!)["apiKey"]!["revokedAt"]!.GetValue<string>());
        foreach (var response in new[] { afterRevoke, publicRead })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal("UNAUTHENTICATED", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(response.Json["data"]);
        }
    }

    [Fact]
    public async Task RevokeApiKey_AlreadyRevoked_ChangesNothing()
    {
        var (id, _) = await app.CreateApiKeyAsync("REVIEWER", name: "revoked twice");
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        await admin.DataAsync(Revoke, new { id });
        var before = await app.FingerprintAsync();

        var again = await admin.DataAsync(Revoke, new { id });

        Assert.Equal("2026-06-30T12:00:00Z", Documents.Succeeded(again["revokeApiKey"]!)["apiKey"]!["revokedAt"]!.GetValue<string>());
        Assert.Equal(before, await app.FingerprintAsync());
    }

    public static TheoryData<string, string, string> InvalidKeys() => new()
    {
        { "SPONSOR without a sponsor", """{ "name": "x", "role": "SPONSOR" }""", "UNKNOWN_SPONSOR" },
        { "SPONSOR of an unknown sponsor", """{ "name": "x", "role": "SPONSOR", "sponsorCode": "NOBODY" }""", "UNKNOWN_SPONSOR" },
        { "PARTNER bound to a sponsor", """{ "name": "x", "role": "PARTNER", "sponsorCode": "SAMPLE-ADVS" }""", "SPONSOR_NOT_ALLOWED" },
        { "empty name", """{ "name": "  ", "role": "PARTNER" }""", "INVALID_TEXT" },
        { "name too long", $$"""{ "name": "{{new string('n', 201)}}", "role": "PARTNER" }""", "INVALID_TEXT" },
    };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task CreateApiKey_InvalidInput_ReturnsPayloadErrorAndCreatesNothing(string caseName, string input, string expectedCode)
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var before = await app.FingerprintAsync();

        var data = await admin.DataAsync(Create, new JsonObject { ["input"] = JsonNode.Parse(input) });

        var payload = data["createApiKey"]!;
        Assert.True(payload["secret"] is null && payload["apiKey"] is null, caseName);
        Assert.Contains(expectedCode, Documents.ErrorCodes(payload));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("QXBpS2V5Ojk5OTk5OQ")] // ApiKey:999999
    public async Task RevokeApiKey_UnknownId_ReturnsUnknownApiKeyAndChangesNothing(string id)
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var before = await app.FingerprintAsync();

        var data = await admin.DataAsync(Revoke, new { id });

        Assert.Equal(["UNKNOWN_API_KEY"], Documents.ErrorCodes(data["revokeApiKey"]!));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    [InlineData("cgk_no-scheme")]
    public async Task Request_MalformedAuthorizationHeader_IsUnauthenticated(string header)
    {
        using var client = app.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("{ disciplines { code } }") };
        request.Headers.TryAddWithoutValidation("Authorization", header);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await client.Http.SendAsync(request);
        var result = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("UNAUTHENTICATED", result.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static StringContent JsonContent(string query) =>
        new(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<(string Text, byte[] Hash)> ApiKeyRowAsync(string name)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"ApiKeys\" WHERE \"Name\" = @name";
        command.AddParameter("@name", name);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no ApiKeys row named {name}");
        var text = new StringBuilder();
        byte[]? hash = null;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.GetValue(i);
            if (value is byte[] bytes)
            {
                text.Append(Encoding.UTF8.GetString(bytes)).Append(Convert.ToBase64String(bytes)).Append(Convert.ToHexString(bytes));
                hash = reader.GetName(i) == "SecretHash" ? bytes : hash;
            }
            else
            {
                text.Append(value).Append('|');
            }
        }

        return (text.ToString(), hash ?? []);
    }
}

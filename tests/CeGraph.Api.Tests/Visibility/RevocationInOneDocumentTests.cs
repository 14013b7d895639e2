using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Visibility;

/// <summary>A key revoked by an earlier root field of the same document acts no more: the later root fields are UNAUTHENTICATED.</summary>
[Collection(WritableCatalog.Name)]
public sealed class RevocationInOneDocumentTests(CeGraphTestApp app)
{
    [Fact]
    public async Task RevokeOwnKeyThenCreateApiKey_InOneDocument_MintsNothing()
    {
        var (id, secret) = await app.CreateApiKeyAsync("ADMIN", name: "revokes itself");
        using var client = app.CreateGraphQLClient(secret);

        var response = await client.PostAsync(
            """
            mutation($id: ID!) {
              r: revokeApiKey(input: { id: $id }) { apiKey { id } errors { code } }
              c: createApiKey(input: { name: "VIS-MINTED-AFTER-REVOKE", role: ADMIN }) { secret errors { code } }
            }
            """,
            new { id });

        var errors = response.Json!["errors"]!.AsArray();
        var refused = Assert.Single(errors, e => e!["path"]?[0]?.GetValue<string>() == "c")!;
        Assert.Equal("UNAUTHENTICATED", refused["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("cgk_", response.Body, StringComparison.Ordinal);
        Assert.Equal(0L, await app.ScalarAsync("SELECT COUNT(*) FROM \"ApiKeys\" WHERE \"Name\" = @name", ("@name", "VIS-MINTED-AFTER-REVOKE")) is { } n ? Convert.ToInt64(n, System.Globalization.CultureInfo.InvariantCulture) : -1);
        Assert.Equal(1L, Convert.ToInt64(await app.ScalarAsync("SELECT COUNT(*) FROM \"ApiKeys\" WHERE \"Name\" = @name AND \"RevokedAt\" IS NOT NULL", ("@name", "revokes itself")), System.Globalization.CultureInfo.InvariantCulture));

        using var after = app.CreateGraphQLClient(secret);
        Assert.Equal("UNAUTHENTICATED", (await after.PostAsync("{ disciplines { code } }")).Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

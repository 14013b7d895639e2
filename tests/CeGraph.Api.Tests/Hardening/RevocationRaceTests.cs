using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// A key revoked by another request while a mutation runs acts no more from the next root field on. The running request is
/// held between its root fields by <see cref="MutationGate"/> (signals, no sleeps) while an ADMIN revokes its key.
/// </summary>
public sealed class RevocationRaceTests
{
    [Fact]
    public async Task KeyRevokedByAnotherRequest_BetweenRootFields_MintsNothing()
    {
        using var factory = new GateFactory();
        using var admin = factory.CreateGraphQLClient();
        admin.ApiKey = TestKeys.Admin;
        var created = (await admin.DataAsync(
            "mutation { createApiKey(input: { name: \"race victim\", role: ADMIN }) { secret apiKey { id } errors { code } } }"))["createApiKey"]!;
        using var victim = factory.CreateGraphQLClient();
        victim.ApiKey = created["secret"]!.GetValue<string>();

        var running = victim.PostAsync("mutation { g: gate c: createApiKey(input: { name: \"minted by a revoked key\", role: ADMIN }) { secret errors { code } } }");
        await factory.Gate.Entered.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var revoked = await admin.DataAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { errors { code } } }", new { id = created["apiKey"]!["id"]!.GetValue<string>() });
        Assert.Empty(revoked["revokeApiKey"]!["errors"]!.AsArray());
        factory.Gate.Released.TrySetResult();
        var response = await running.WaitAsync(TimeSpan.FromMinutes(2));

        var refused = Assert.Single(response.Json!["errors"]!.AsArray(), e => e!["path"]?[0]?.GetValue<string>() == "c")!;
        Assert.Equal("UNAUTHENTICATED", refused["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("cgk_", response.Body, StringComparison.Ordinal);
        await using var connection = await OpenAsync(factory);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"ApiKeys\" WHERE \"Name\" = 'minted by a revoked key'";
        Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<System.Data.Common.DbConnection> OpenAsync(CeGraphAppFactory factory)
    {
        System.Data.Common.DbConnection connection = CeGraphAppFactory.IsPostgres
            ? new Npgsql.NpgsqlConnection(factory.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private sealed class GateFactory() : HardeningFactory(TestKeys.AdminSetting)
    {
        public MutationGate Gate { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IMutationFields>(Gate);
    }
}

using System.Data.Common;
using System.Text.Json.Nodes;
using CeGraph.Api.Data.Postgres;
using CeGraph.Api.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>
/// <see cref="CeGraphAppFactory"/> made deterministic for feature tests: a fixed clock (<see cref="Now"/>), a bootstrap
/// ADMIN key (<see cref="TestKeys.Admin"/>), and a <see cref="SqlCommandCounter"/> on every EF Core context. The sample catalog is
/// seeded unless a subclass turns it off (<see cref="EmptyCatalogTestApp"/>).
/// </summary>
public class CeGraphTestApp : CeGraphAppFactory
{
    /// <summary>
    /// <see cref="TestKeys.Admin"/> under its old name, only for tests/CeGraph.Api.Tests/Feed (another branch's files this
    /// round): use <see cref="TestKeys.Admin"/>; remove once Feed uses it too.
    /// </summary>
    public const string AdminKey = TestKeys.Admin;

    /// <summary>What the application's <see cref="TimeProvider"/> says: always this instant, so timestamps and "today" are stable.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public CeGraphTestApp() => Clock = new FakeTimeProvider(StartTime);

    /// <summary>The application's clock: it starts at <see cref="StartTime"/> and moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Where <see cref="Clock"/> starts: <see cref="Now"/> unless a subclass needs an earlier "today".</summary>
    protected virtual DateTimeOffset StartTime => Now;

    /// <summary>Every SQL command the application runs (reset it before the request you measure).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Whether the sample catalog (SAMPLE-0001…0240 and 6 sample sponsors) is seeded.</summary>
    protected virtual bool SeedSampleCatalog => true;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new(StringComparer.Ordinal);

    /// <summary>
    /// Set-up that the tests sharing this app need once (e.g. keys and activities): <paramref name="create"/> runs on the first
    /// call for <paramref name="key"/>; later calls get the same result.
    /// </summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var lazy = _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create()));
        return (T)await lazy.Value;
    }

    /// <summary>A client sending <paramref name="apiKey"/> as its bearer token (null: anonymous).</summary>
    public GraphQLClient CreateGraphQLClient(string? apiKey)
    {
        var client = CreateGraphQLClient();
        client.ApiKey = apiKey;
        return client;
    }

    /// <summary>Creates an API key through <c>createApiKey</c> as ADMIN and returns its id and secret.</summary>
    public async Task<(string Id, string Secret)> CreateApiKeyAsync(string role, string? sponsorCode = null, string? name = null)
    {
        using var admin = CreateGraphQLClient();
        return await TestKeys.CreateWithIdAsync(admin, role, sponsorCode, name ?? $"{role} test key");
    }

    /// <summary>Revokes a key through <c>revokeApiKey</c> as ADMIN.</summary>
    public async Task RevokeApiKeyAsync(string id)
    {
        using var admin = CreateGraphQLClient(TestKeys.Admin);
        var data = await admin.DataAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { errors { code } } }", new { id });
        Assert.Empty(data["revokeApiKey"]!["errors"]!.AsArray());
    }

    /// <summary>Runs one SQL statement (portable: quoted identifiers, @parameters) directly on the test database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (parameterName, value) in parameters)
        {
            command.AddParameter(parameterName, value);
        }

        return await command.ExecuteScalarAsync();
    }

    /// <summary>The number of rows in a table, read directly from the database file.</summary>
    public async Task<long> CountRowsAsync(string table) => (long)(await ScalarAsync($"SELECT COUNT(*) FROM \"{table}\""))!;

    /// <summary>Every row of every application table as text: equal fingerprints mean the database did not change.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var connection = await OpenDatabaseAsync();
        var text = new System.Text.StringBuilder();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            text.Append('#').Append(table).Append('\n');
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A connection to the test database, after the app has started (and so migrated and seeded it).</summary>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        _ = Services; // starts the host on first use
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The application's tables (EF Core names them after the DbSet properties).</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "Disciplines", "Outlines", "Categories", "Sponsors", "Activities", "Distributions", "Allocations",
        "Requirements", "RequirementRules", "FulfillmentChecks", "ApiKeys", "CatalogChanges",
    ];

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings[TestKeys.AdminSetting.Key] = TestKeys.AdminSetting.Value;
        settings["Seed:SampleCatalog"] = SeedSampleCatalog ? "true" : "false";
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        // EF Core applies every ConfigureDbContext action when it builds the (pooled) context options.
        services.ConfigureDbContext<SqliteCeGraphDbContext>((_, options) => options.AddInterceptors(SqlCommands));
        services.ConfigureDbContext<PostgresCeGraphDbContext>((_, options) => options.AddInterceptors(SqlCommands));
    }
}

/// <summary>The test app without the sample catalog (<c>Seed:SampleCatalog=false</c>): only outlines and seeded requirements.</summary>
public class EmptyCatalogTestApp : CeGraphTestApp
{
    protected override bool SeedSampleCatalog => false;

    /// <summary>Adds a sponsor directly in the database (the API has no mutation for sponsors; an import would create them).</summary>
    public async Task AddSponsorAsync(string code, string name) =>
        await ScalarAsync("INSERT INTO \"Sponsors\" (\"Code\", \"Name\") VALUES (@code, @name)", ("@code", code), ("@name", name));
}

/// <summary>Pretty JSON for snapshots and messages.</summary>
public static class JsonText
{
    /// <summary>Indented, and without escaping quotes or non-ASCII (as the server writes them).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Pretty(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}

public static class GraphQLClientExtensions
{
    /// <summary>POSTs the request and returns the whole response (data and errors) as readable indented JSON, for snapshots.</summary>
    public static async Task<string> PrettyAsync(this GraphQLClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsync(query, variables);
        return response.Json is null ? response.Body : JsonText.Pretty(response.Json);
    }
}

using CeGraph.Api.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeGraph.Api.Tests.Postgres;

/// <summary>
/// A uniquely named database on the server that <c>CEGRAPH_TEST_POSTGRES</c> points at (a base connection string,
/// e.g. from <c>scripts/pg-test-cluster.sh start</c>), created empty and dropped on dispose. The base user must be
/// allowed to create databases. <c>CEGRAPH_REQUIRE_POSTGRES=1</c> turns "not configured" from a skip into a failure.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string BaseConnectionVariable = "CEGRAPH_TEST_POSTGRES";
    public const string RequireVariable = "CEGRAPH_REQUIRE_POSTGRES";

    private PostgresTestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>The base connection string with <c>Database</c> set to this database.</summary>
    public string ConnectionString { get; }

    public static string? BaseConnectionString => Environment.GetEnvironmentVariable(BaseConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why PostgreSQL tests skip, or null when they run (configured, or required and so failing loudly).</summary>
    public static string? SkipReason =>
        BaseConnectionString is null && !IsRequired
            ? $"{BaseConnectionVariable} is not set (see scripts/pg-test-cluster.sh); set {RequireVariable}=1 to make this a failure."
            : null;

    /// <summary>Creates an empty database named <c>cegraph_test_{purpose}_{random}</c>.</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string purpose)
    {
        var database = NotYetCreated(purpose);
        await using (var admin = new NpgsqlConnection(Maintenance(BaseConnectionString!)))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return database;
    }

    /// <summary>A unique name that no database has yet; disposing drops it if something created it meanwhile.</summary>
    public static PostgresTestDatabase NotYetCreated(string purpose)
    {
        var baseConnection = BaseConnectionString
            ?? throw new InvalidOperationException($"{RequireVariable}=1 but {BaseConnectionVariable} is not set: start a cluster with scripts/pg-test-cluster.sh start.");
        var purposePart = new string([.. purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(16)]);
        var name = $"cegraph_test_{purposePart}_{Guid.NewGuid():N}"; // at most 62 characters: PostgreSQL keeps 63
        return new PostgresTestDatabase(name, new NpgsqlConnectionStringBuilder(baseConnection) { Database = name }.ConnectionString);
    }

    public PostgresCeGraphDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PostgresCeGraphDbContext>().UseNpgsql(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Maintenance(BaseConnectionString!));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>The base server's <c>postgres</c> database, from which others are created and dropped.</summary>
    private static string Maintenance(string baseConnection) =>
        new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false }.ConnectionString;
}

using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// <see cref="ConcurrencyScenarios"/> on the embedded SQLite store. PostgreSQL: derive the same way with a factory whose
/// settings point at the test database (<c>Database:Provider=Postgres</c>, tests/CeGraph.Api.Tests/Postgres/PostgresTestDatabase.cs
/// when CEGRAPH_TEST_POSTGRES is set) and count the rows with Npgsql.
/// </summary>
public sealed class SqliteConcurrencyTests(ITestOutputHelper output) : ConcurrencyScenarios(output)
{
    protected override CeGraphAppFactory CreateFactory() => new HardeningFactory(TestKeys.AdminSetting);

    protected override async Task<long> CountFulfillmentChecksAsync(CeGraphAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM FulfillmentChecks";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

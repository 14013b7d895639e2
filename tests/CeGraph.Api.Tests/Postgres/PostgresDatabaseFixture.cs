namespace CeGraph.Api.Tests.Postgres;

/// <summary>One fresh database per test class; nothing at all when PostgreSQL tests are skipped.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private PostgresTestDatabase? database;
    private Exception? failure;

    /// <summary>The class's database; throws (failing the test) when it could not be created.</summary>
    public PostgresTestDatabase Database => database ?? throw new InvalidOperationException("No PostgreSQL test database.", failure);

    public async Task InitializeAsync()
    {
        if (PostgresTestDatabase.SkipReason is not null)
        {
            return;
        }

        try
        {
            database = await PostgresTestDatabase.CreateAsync("cli");
        }
        catch (Exception exception) when (exception is InvalidOperationException or Npgsql.NpgsqlException)
        {
            failure = exception; // reported by each test rather than as a fixture crash
        }
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

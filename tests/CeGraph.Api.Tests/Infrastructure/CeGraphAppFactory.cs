using CeGraph.Api.Tests.Postgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real application (<see cref="Program"/>) over a fresh database per factory instance, migrated and seeded at start
/// like production: a SQLite file (<c>/tmp/cegraph-tests/&lt;guid&gt;.db</c>) by default, or — when
/// <c>CEGRAPH_TEST_PROVIDER=Postgres</c> — a uniquely named database on the server <c>CEGRAPH_TEST_POSTGRES</c> points at.
/// Either is deleted on dispose.
/// Use it as an xunit class fixture (<c>IClassFixture&lt;CeGraphAppFactory&gt;</c>) and call
/// <see cref="CreateGraphQLClient"/>; subclass and override <see cref="ConfigureSettings"/> for other settings.
/// <see cref="StartKestrel"/> serves it on a real loopback socket instead (browsers, external tools).
/// </summary>
public class CeGraphAppFactory : WebApplicationFactory<Program>
{
    public const string DatabaseFolder = "/tmp/cegraph-tests";

    public const string ProviderVariable = "CEGRAPH_TEST_PROVIDER";

    private readonly PostgresTestDatabase? _postgres;

    public CeGraphAppFactory()
    {
        Directory.CreateDirectory(DatabaseFolder);
        DatabasePath = Path.Combine(DatabaseFolder, $"{Guid.NewGuid():N}.db");
        if (IsPostgres)
        {
            // Blocking here is fine: a test fixture's constructor, before any request runs.
            _postgres = PostgresTestDatabase.CreateAsync(GetType().Name).GetAwaiter().GetResult();
        }
    }

    /// <summary>True when this test run uses PostgreSQL (<c>CEGRAPH_TEST_PROVIDER=Postgres</c>) instead of SQLite.</summary>
    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Warnings and errors logged by the application (all factories made from this one share it).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The SQLite file of this instance (unused when <see cref="IsPostgres"/>).</summary>
    public string DatabasePath { get; }

    public string ConnectionString => _postgres?.ConnectionString ?? $"Data Source={DatabasePath}";

    /// <summary>A client for <c>/graphql</c> (in-memory TestServer, or Kestrel after <see cref="StartKestrel"/>).</summary>
    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    /// <summary>
    /// Starts the application on Kestrel at a free loopback port and returns its base address
    /// (e.g. <c>http://127.0.0.1:40123/</c>). Call before any CreateClient; CreateClient then talks over the socket.
    /// </summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.Single();
        ClientOptions.BaseAddress = new Uri(address);
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>Settings for this host on top of appsettings.json; the defaults point the database at <see cref="DatabasePath"/>.</summary>
    protected virtual void ConfigureSettings(IDictionary<string, string?> settings)
    {
    }

    /// <summary>Service replacements for this host, applied after the application's own registrations (e.g. a fixed clock).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:CeGraph"] = ConnectionString,
            ["Database:Provider"] = IsPostgres ? "Postgres" : "Sqlite",
            // Never the default port 5080: Kestrel (when used) listens on a free loopback port.
            [WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0",
            // Test classes send many requests from one address; the rate-limit tests (Hardening/) turn it back on.
            ["RateLimiting:Enabled"] = "false",
        };
        ConfigureSettings(settings);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(ConfigureTestServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _postgres?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}

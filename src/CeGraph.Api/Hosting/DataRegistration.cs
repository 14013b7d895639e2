using CeGraph.Api.Data;
using CeGraph.Api.Data.Seeding;
using CeGraph.Api.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Hosting;

public static class DataRegistration
{
    public const string DefaultConnectionString = "Data Source=data/cegraph.db";

    /// <summary>Registers the pooled context factory for the configured provider, plus the start-up migrator and seeder.</summary>
    public static IServiceCollection AddCeGraphData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString("CeGraph") ?? DefaultConnectionString;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(connectionString);
                services.AddPooledDbContextFactory<SqliteCeGraphDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqliteUnicodeLowerInterceptor.Instance));
                services.AddSingleton<IDbContextFactory<CeGraphDbContext>, ContextFactoryAdapter<SqliteCeGraphDbContext>>();
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not available in this build.");
        }

        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be 'Sqlite' or 'Postgres', not '{text}'.");
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

using CeGraph.Api.Data;
using CeGraph.Api.Data.Postgres;
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
                // The folder is made when the pool first builds its options, so a malformed connection string
                // surfaces at start-up's database step, which explains it, rather than while registering services.
                services.AddPooledDbContextFactory<SqliteCeGraphDbContext>(o =>
                {
                    EnsureSqliteFolder(connectionString);
                    o.UseSqlite(connectionString).AddInterceptors(SqliteUnicodeLowerInterceptor.Instance, SqliteBusyTimeoutInterceptor.Instance, SqliteImmediateTransactionInterceptor.Instance)
                        .LogFailedCommandsAsDebug().SkipPendingModelChangesCheck();
                });
                services.AddSingleton<IDbContextFactory<CeGraphDbContext>, ContextFactoryAdapter<SqliteCeGraphDbContext>>();
                break;
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresCeGraphDbContext>(o => o.UseNpgsql(connectionString).LogFailedCommandsAsDebug().SkipPendingModelChangesCheck());
                services.AddSingleton<IDbContextFactory<CeGraphDbContext>, ContextFactoryAdapter<PostgresCeGraphDbContext>>();
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not available in this build.");
        }

        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<Data.ChangeLog.CatalogChangeSignal>();
        services.AddSingleton<Data.ChangeLog.CatalogChangeWriter>();
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

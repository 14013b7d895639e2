using CeGraph.Api.Data;
using CeGraph.Api.Data.Seeding;
using CeGraph.Api.Hosting;
using CeGraph.Api.WriteRules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;

namespace CeGraph.Api.Cli;

/// <summary>
/// The server's configuration and data services without the web server: the same appsettings.json, environment
/// variables and command-line keys, the same provider registration, and the same migrate-and-seed step.
/// </summary>
public sealed class CliHost(WebApplication app) : IAsyncDisposable
{
    public IConfiguration Configuration => app.Configuration;

    public DatabaseSettings Settings => app.Services.GetRequiredService<DatabaseSettings>();

    public IDbContextFactory<CeGraphDbContext> ContextFactory => app.Services.GetRequiredService<IDbContextFactory<CeGraphDbContext>>();

    public TimeProvider Clock => app.Services.GetRequiredService<TimeProvider>();

    /// <summary>The credit rule as the server configures it (<c>Credits:Increment</c>), so import and the API agree.</summary>
    public CreditRule CreditRule => app.Services.GetRequiredService<CreditRule>();

    public Data.ChangeLog.CatalogChangeWriter ChangeLog => app.Services.GetRequiredService<Data.ChangeLog.CatalogChangeWriter>();

    public static CliHost Create(string[] configurationArgs)
    {
        // A command runs once and exits: no appsettings.json reload, whose watcher of the content root would otherwise wake
        // on every write to a database file below it (5 % of an import's CPU).
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. configurationArgs]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCeGraphData(builder.Configuration);
        builder.Services.AddCeGraphWriteRules();
        return new CliHost(builder.Build());
    }

    /// <summary>Migrates and seeds as the server does at start; explains on <paramref name="console"/> when the database is unusable.</summary>
    public async Task<bool> TryInitializeDatabaseAsync(CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (DatabaseFailure.IsDatabaseProblem(exception))
        {
            await console.Error.WriteLineAsync(DatabaseFailure.Describe(exception, Settings));
            return false;
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

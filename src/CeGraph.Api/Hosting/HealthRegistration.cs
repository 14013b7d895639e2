using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CeGraph.Api.Hosting;

public static class HealthRegistration
{
    public const string Path = "/healthz";

    public static IServiceCollection AddCeGraphHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication MapCeGraphHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(Path);
        return app;
    }
}

/// <summary>Healthy once the database answers and has no pending migrations.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<CeGraphDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database is unreachable.");
            }

            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy("The database has pending migrations.")
                : HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // A health probe reports every failure as unhealthy instead of throwing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The database check failed.", exception);
        }
    }
}

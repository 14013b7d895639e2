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

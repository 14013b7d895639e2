using CeGraph.Api.Security;

namespace CeGraph.Api.Hosting;

public static class SecurityRegistration
{
    public static IServiceCollection AddCeGraphSecurity(this IServiceCollection services)
    {
        services.AddScoped<CallerAccessor>();
        return services;
    }

    /// <summary>Identifies the caller from <c>Authorization: Bearer</c> on every request.</summary>
    public static WebApplication UseCeGraphSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }
}

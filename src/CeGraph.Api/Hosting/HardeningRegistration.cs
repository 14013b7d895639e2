using CeGraph.Api.Hardening;
using CeGraph.Api.Hardening.PersistedOperations;
using CeGraph.Api.Hosting.Http;
using GraphQL;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting;

/// <summary>
/// All of hardening, registered in one call from <c>Program.cs</c>: the GraphQL side (<see cref="GraphQLHardening"/>: query
/// limits, persisted operations, timeout, safe errors, telemetry span) and the HTTP side (request body cap, correlation
/// ids, the last-resort error handler, security headers, CORS, rate limits).
/// </summary>
public static class HardeningRegistration
{
    /// <summary>Call after <see cref="GraphQLRegistration.AddCeGraphGraphQL"/> (Program.cs does), so that the GraphQL steps keep their order.</summary>
    public static IServiceCollection AddCeGraphHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCeGraphGraphQLLimits();
        services.AddGraphQL(graphQL => graphQL.AddCeGraphLimits());
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GraphQLLimits>>(
            (kestrel, limits) =>
            {
                kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
                kestrel.AddServerHeader = false; // no "Server: Kestrel" banner
            });
        services.AddCeGraphCors(configuration);
        services.AddCeGraphRateLimiting(configuration);
        return services;
    }

    /// <summary>
    /// Outermost middleware: correlation id, then a generic 500 for anything that escapes (this replaces the developer
    /// exception page, which would show stack traces), then security headers and CORS. Loads the persisted operations now,
    /// so a bad folder fails the start rather than the first request.
    /// </summary>
    public static WebApplication UseCeGraphHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<PersistedOperationStore>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnexpectedErrorResponse.WriteAsync });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        return app;
    }

    /// <summary>After <see cref="SecurityRegistration.UseCeGraphSecurity"/>: the limiter partitions by the caller it identified.</summary>
    public static WebApplication UseCeGraphRateLimiting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        return app;
    }
}

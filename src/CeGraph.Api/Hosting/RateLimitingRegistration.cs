using System.Globalization;
using System.Threading.RateLimiting;
using CeGraph.Api.Hardening;
using CeGraph.Api.Hosting.Http;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting;

/// <summary>ASP.NET Core's rate limiter with <see cref="RateLimitPartitions"/>; a refused request gets 429, <c>Retry-After</c> and a GraphQL-shaped error.</summary>
public static class RateLimitingRegistration
{
    public const string ErrorCode = "RATE_LIMITED";

    public static IServiceCollection AddCeGraphRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingSettings>(configuration.GetSection(RateLimitingSettings.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingSettings>>((options, settings) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartitions.For(http, settings.Value));
            options.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : RateLimitPartitions.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await GraphQLResponseWriter.WriteErrorAsync(http, serializer, StatusCodes.Status429TooManyRequests, new ExecutionError(
            $"Too many requests; try again in {seconds} s. Limits apply per API key and per client address (RateLimiting:*).")
        { Code = ErrorCode });
    }
}

using CeGraph.Api.Hardening;
using GraphQL.Telemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CeGraph.Api.Hosting;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core requests, EF Core commands, one span per GraphQL operation named after it) and metrics
/// (ASP.NET Core, Kestrel, rate limiting, .NET runtime), exported over OTLP; logs go over OTLP too when an endpoint is set.
/// Off by default: nothing is collected unless <see cref="TelemetrySettings"/> asks for it.
/// </summary>
public static class TelemetryRegistration
{
    public static WebApplicationBuilder AddCeGraphTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(TelemetrySettings.SectionName).Get<TelemetrySettings>() ?? new TelemetrySettings();
        var endpoint = FirstNonBlank(settings.OtlpEndpoint, builder.Configuration[TelemetrySettings.StandardEndpointVariable]);
        if (!settings.Enabled && endpoint is null)
        {
            return builder;
        }

        var protocol = string.Equals(settings.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(HealthRegistration.Path, StringComparison.OrdinalIgnoreCase))
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddSource(GraphQLTelemetryProvider.SourceName);
                if (endpoint is not null)
                {
                    tracing.AddOtlpExporter(o => Point(o, endpoint, protocol, "v1/traces"));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddMeter("System.Runtime", "Microsoft.AspNetCore.RateLimiting", "Microsoft.EntityFrameworkCore");
                if (endpoint is not null)
                {
                    metrics.AddOtlpExporter(o => Point(o, endpoint, protocol, "v1/metrics"));
                }
            });
        if (endpoint is not null)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter(o => Point(o, endpoint, protocol, "v1/logs")), options => options.IncludeScopes = true);
        }

        return builder;
    }

    /// <summary>gRPC takes the collector's address as is; OTLP/HTTP needs the signal's path appended.</summary>
    private static void Point(OtlpExporterOptions options, string endpoint, OtlpExportProtocol protocol, string signalPath)
    {
        options.Protocol = protocol;
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.TrimEnd('/') + "/" + signalPath)
            : new Uri(endpoint);
    }

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}

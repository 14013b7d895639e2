namespace CeGraph.Api.Hardening;

/// <summary>The <c>OpenTelemetry</c> configuration section. Telemetry is off unless an OTLP endpoint is configured or <see cref="Enabled"/> is set.</summary>
public sealed class TelemetrySettings
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard variable, honoured as well: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Collect traces and metrics even without an exporter (tests attach their own). <c>OpenTelemetry:Enabled</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where to send traces, metrics and logs over OTLP, e.g. <c>http://collector:4317</c>. <c>OpenTelemetry:OtlpEndpoint</c>.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318). <c>OpenTelemetry:OtlpProtocol</c>.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>The <c>service.name</c> resource attribute. <c>OpenTelemetry:ServiceName</c>.</summary>
    public string ServiceName { get; set; } = "cegraph-api";
}

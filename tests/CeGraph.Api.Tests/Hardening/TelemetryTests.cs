using System.Collections.Concurrent;
using System.Diagnostics;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>OpenTelemetry, exported in memory: a span per GraphQL operation named after it, EF Core and ASP.NET Core spans, metrics.</summary>
// EF Core's instrumentation listens on process-wide diagnostic sources; other hosts running in parallel can disturb it.
[Collection(nameof(TelemetryRunsAlone))]
public sealed class TelemetryTests(TelemetryTests.InMemoryTelemetry factory) : IClassFixture<TelemetryTests.InMemoryTelemetry>
{
    [Fact]
    public async Task GraphQLRequest_ProducesASpanNamedAfterItsOperationInsideTheRequestSpan()
    {
        using var client = factory.CreateGraphQLClient();

        // An activity lookup always reaches the database (outlines and disciplines may come from the in-memory cache).
        AssertData(await client.PostAsync("query FindActivity { activity(code: \"SAMPLE-0001\") { code } }", operationName: "FindActivity"));

        var operation = await WaitForAsync(() => factory.Spans.FirstOrDefault(s => s.Source.Name == "GraphQL" && s.DisplayName == "query FindActivity"));
        Assert.Equal("FindActivity", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        var request = await WaitForAsync(() => factory.Spans.FirstOrDefault(s => s.Kind == ActivityKind.Server && s.TraceId == operation.TraceId));
        Assert.Equal(request.SpanId, operation.ParentSpanId);

        // EF Core commands are traced too. (Listeners are process-wide, so while other test hosts run, spans of theirs arrive
        // here as well; only the presence of EF Core spans is asserted, not their trace.)
        await WaitForAsync(() => factory.Spans.FirstOrDefault(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RequestMetrics_AreRecorded()
    {
        using var client = factory.CreateGraphQLClient();
        AssertData(await client.PostAsync("{ __typename }"));

        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Contains(factory.Metrics, m => m.Name == "http.server.request.duration");
    }

    [Theory]
    [InlineData("OpenTelemetry:OtlpEndpoint")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public void OtlpEndpoint_SwitchesTelemetryOn(string setting)
    {
        // Loopback only; nothing listens there, the exporter just drops what it cannot send.
        using var exporting = new HardeningFactory((setting, "http://127.0.0.1:9"));
        _ = exporting.Server;

        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        Assert.NotNull(exporting.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void Telemetry_IsOffUnlessConfigured()
    {
        using var plain = new CeGraphAppFactory();
        _ = plain.Server;

        Assert.Null(plain.Services.GetService<TracerProvider>());
        Assert.Null(plain.Services.GetService<MeterProvider>());
    }

    /// <summary>
    /// The first span <paramref name="find"/> accepts. Spans are exported when they end, which for the request span is after
    /// the response reached the client; each export wakes this up, and the deadline only bounds a failure.
    /// </summary>
    private async Task<T> WaitForAsync<T>(Func<T?> find)
        where T : class
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var exported = factory.NextExport;
            if (find() is { } found)
            {
                return found;
            }

            try
            {
                await exported.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException("The expected telemetry never arrived. Spans: "
                    + string.Join("; ", factory.Spans.Select(s => $"{s.Source.Name} '{s.DisplayName}' {s.Kind} {s.TraceId} parent {s.ParentSpanId}")));
            }
        }
    }

    /// <summary>Telemetry switched on without an OTLP endpoint, exported into lists.</summary>
    public sealed class InMemoryTelemetry() : HardeningFactory(("OpenTelemetry:Enabled", "true"))
    {
        private readonly ConcurrentBag<Activity> spans = [];
        private readonly List<Metric> metrics = [];
        private TaskCompletionSource nextExport = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyCollection<Activity> Spans => spans;

        /// <summary>Completes when the next span is exported (read it before looking at <see cref="Spans"/>).</summary>
        public Task NextExport => Volatile.Read(ref nextExport).Task;

        public IReadOnlyList<Metric> Metrics
        {
            get
            {
                lock (metrics)
                {
                    return [.. metrics];
                }
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new CollectingExporter(spans, Exported))));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });
        }

        private void Exported() =>
            Interlocked.Exchange(ref nextExport, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Collects ended spans into a thread-safe bag (the in-memory exporter's list is not safe for concurrent requests).</summary>
    private sealed class CollectingExporter(ConcurrentBag<Activity> spans, Action exported) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                spans.Add(span);
            }

            exported();

            return ExportResult.Success;
        }
    }
}

/// <summary>Runs the telemetry tests alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(TelemetryRunsAlone), DisableParallelization = true)]
public sealed class TelemetryRunsAlone;

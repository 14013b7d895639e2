using CeGraph.Api.GraphQL;
using CeGraph.Api.Hosting;
using CeGraph.Api.Hosting.Hardening;
using CeGraph.Api.Hosting.Http;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.UseCeGraphDefaultUrl();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCeGraphData(builder.Configuration);
builder.Services.AddCeGraphGraphQL();
builder.Services.AddCeGraphSecurity();
builder.Services.AddCeGraphHealth();
builder.Services.AddCeGraphHardening(builder.Configuration);
builder.AddCeGraphTelemetry();

var app = builder.Build();

if (args is ["print-schema", ..])
{
    Console.Out.Write(SchemaSdl.Print(app.Services.GetRequiredService<CeGraphSchema>()));
    return;
}

await app.InitializeDatabaseAsync();
app.UseCeGraphHardening();
app.UseCeGraphSecurity();
app.UseCeGraphRateLimiting();
app.MapCeGraphHealth();
app.MapCeGraphGraphQL();

await app.RunAsync();

/// <summary>Entry point; public so the test host can start the real application.</summary>
public partial class Program;

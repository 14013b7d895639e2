using CeGraph.Api.Cli;
using CeGraph.Api.GraphQL;
using CeGraph.Api.GraphQL.Planning;
using CeGraph.Api.Hosting;
using CeGraph.Api.Hosting.Http;
using CeGraph.Api.WriteRules;

if (CliCommands.IsCommand(args))
{
    return await CliCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.UseCeGraphDefaultUrl();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCeGraphData(builder.Configuration);
builder.Services.AddCeGraphWriteRules();
builder.Services.AddCeGraphGraphQL();
builder.Services.AddCeGraphPlanning();
builder.Services.AddCeGraphFeed(builder.Configuration);
builder.Services.AddCeGraphSecurity();
builder.Services.AddCeGraphHealth();
builder.Services.AddCeGraphHardening(builder.Configuration);
builder.AddCeGraphTelemetry();

var app = builder.Build();

if (args is ["print-schema", ..])
{
    Console.Out.Write(SchemaSdl.Print(app.Services.GetRequiredService<CeGraphSchema>()));
    return 0;
}

var schemaBuilt = app.BuildSchemaInBackground();
if (!await app.TryInitializeDatabaseAsync())
{
    return 1;
}

await schemaBuilt;

app.UseCeGraphHardening();
app.UseCeGraphSecurity();
app.UseCeGraphRateLimiting();
app.MapCeGraphHealth();
app.UseCeGraphFeedTransports();
app.MapCeGraphGraphQL();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the test host can start the real application.</summary>
public partial class Program;

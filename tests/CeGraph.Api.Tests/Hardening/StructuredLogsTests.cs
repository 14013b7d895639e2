using System.Text.Json;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>The real server with <c>Logging__Console__FormatterName=json</c> writes one JSON object per log line.</summary>
public sealed class StructuredLogsTests : IDisposable
{
    private readonly string databasePath = Path.Combine(CeGraphAppFactory.DatabaseFolder, $"logs-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task JsonConsoleFormatter_WritesStructuredLines()
    {
        Directory.CreateDirectory(CeGraphAppFactory.DatabaseFolder);
        using var server = await ServerProcess.StartAsync(databasePath, new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
        });

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ready = lines.Select(Parse).FirstOrDefault(l => l?.RootElement.GetProperty("Message").GetString()?.StartsWith("Database ready", StringComparison.Ordinal) == true);

        Assert.True(ready is not null, "no JSON log line says the database is ready:\n" + server.Output);
        Assert.Equal("CeGraph.Api.Data.Seeding.DatabaseInitializer", ready!.RootElement.GetProperty("Category").GetString());
        Assert.Equal("Information", ready.RootElement.GetProperty("LogLevel").GetString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            File.Delete(databasePath + suffix);
        }
    }

    private static JsonDocument? Parse(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

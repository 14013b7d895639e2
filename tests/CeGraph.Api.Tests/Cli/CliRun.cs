using CeGraph.Api.Cli;
using CeGraph.Api.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Tests.Cli;

/// <summary>A temp folder with its own SQLite file, and the CLI run in-process against it with captured output.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cegraph-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        ConnectionString = $"Data Source={System.IO.Path.Combine(Folder, "cegraph.db")}";
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>Runs <c>import</c>/<c>export</c> with this run's database and no sample catalog.</summary>
    public Task<CliResult> RunAsync(string command, string folder, params string[] configuration) =>
        RunWithAsync(command, folder, [$"--ConnectionStrings:CeGraph={ConnectionString}", "--Database:Provider=Sqlite", "--Seed:SampleCatalog=false", .. configuration]);

    public static async Task<CliResult> RunWithAsync(string command, string folder, string[] configuration)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliCommands.RunAsync([command, folder, .. configuration], new CliConsole(output, error, IsTerminal: false), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public SqliteCeGraphDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<SqliteCeGraphDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The summary's "activities: read …" line.</summary>
    public string ActivitiesLine => Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("activities: read", StringComparison.Ordinal)) ?? "(no summary)";

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
}

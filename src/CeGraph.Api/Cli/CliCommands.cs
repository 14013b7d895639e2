using CeGraph.Api.Cli.Export;
using CeGraph.Api.Cli.Import;

namespace CeGraph.Api.Cli;

/// <summary>
/// <c>import DIR</c> and <c>export DIR</c>, run instead of the web server when named as the first argument.
/// Arguments after DIR are configuration, as for the server (<c>--Database:Provider=Postgres</c>); so are
/// appsettings.json and the environment (<c>ConnectionStrings__CeGraph</c>, <c>Database__Provider</c>).
/// </summary>
public static class CliCommands
{
    private const string Usage = "Usage: CeGraph.Api import DIR | export DIR  [--ConnectionStrings:CeGraph=...] [--Database:Provider=Sqlite|Postgres]";

    public static bool IsCommand(string[] args) => args is ["import" or "export", ..];

    /// <summary>Runs a command on the process console; Ctrl+C stops it after the batch in flight.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await RunAsync(args, CliConsole.FromProcess(), cancellation.Token);
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await console.Error.WriteLineAsync(Usage);
            return CliExitCodes.Failed;
        }

        var folder = args[1];
        var configuration = args[2..];
        try
        {
            return args[0] == "import"
                ? await ImportCommand.RunAsync(folder, configuration, console, cancellationToken)
                : await ExportCommand.RunAsync(folder, configuration, console, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync($"{args[0]} cancelled; batches already written stay written (importing again is safe).");
            return CliExitCodes.Failed;
        }
    }
}

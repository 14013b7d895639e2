namespace CeGraph.Api.Cli.Import;

/// <summary>Shows how far an import is and reports rejected lines as they happen.</summary>
public abstract class ImportProgress
{
    public static ImportProgress For(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return console.IsTerminal ? new TerminalImportProgress() : new PlainImportProgress(console);
    }

    /// <summary>Runs <paramref name="work"/>, which calls the given callback with bytes read so far and the running counts.</summary>
    public abstract Task RunAsync(long totalBytes, Func<Action<long, ImportSummary>, Task> work);

    public abstract void Rejected(int lineNumber, string reason);
}

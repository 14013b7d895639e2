using System.Globalization;
using Spectre.Console;

namespace CeGraph.Api.Cli.Import;

/// <summary>A live Spectre.Console progress bar over the file's bytes; rejected lines print above it.</summary>
public sealed class TerminalImportProgress : ImportProgress
{
    public override async Task RunAsync(long totalBytes, Func<Action<long, ImportSummary>, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("activities.jsonl", maxValue: Math.Max(1, totalBytes));
                await work((bytes, summary) =>
                {
                    task.Value = bytes;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"activities.jsonl: {summary.Read:N0} read, {summary.Rejected:N0} rejected");
                });
                task.Value = task.MaxValue;
            });
    }

    public override void Rejected(int lineNumber, string reason) =>
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]activities.jsonl:{lineNumber}[/]: rejected: {reason}");
}

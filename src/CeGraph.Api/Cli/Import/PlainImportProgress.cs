using System.Globalization;

namespace CeGraph.Api.Cli.Import;

/// <summary>For logs and pipes: a plain line every <see cref="LinesPerReport"/> lines, rejections on standard error.</summary>
public sealed class PlainImportProgress(CliConsole console) : ImportProgress
{
    public const int LinesPerReport = 10_000;

    public override async Task RunAsync(long totalBytes, Func<Action<long, ImportSummary>, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var nextReport = LinesPerReport;
        await work((bytes, summary) =>
        {
            if (summary.Read >= nextReport)
            {
                nextReport = summary.Read + LinesPerReport;
                var percent = totalBytes == 0 ? 100 : 100 * bytes / totalBytes;
                console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"activities.jsonl: {summary.Read:N0} lines read, {summary.Rejected:N0} rejected ({percent}%)"));
            }
        });
    }

    public override void Rejected(int lineNumber, string reason) =>
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"activities.jsonl:{lineNumber}: rejected: {reason}"));
}

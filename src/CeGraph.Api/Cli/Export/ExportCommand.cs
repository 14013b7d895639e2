using System.Text.Json;
using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;

namespace CeGraph.Api.Cli.Export;

/// <summary>
/// <c>export DIR</c>: writes outlines.json and activities.jsonl in the dataset format, deterministically, so that
/// export → import into an empty database → export gives byte-identical files. Each file is written beside its
/// final name and moved into place when complete.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string folder, string[] configuration, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot create the export folder '{folder}': {exception.Message}");
            return CliExitCodes.Failed;
        }

        await using var host = CliHost.Create(configuration);
        if (!await host.TryInitializeDatabaseAsync(console, cancellationToken))
        {
            return CliExitCodes.Failed;
        }

        try
        {
            await using var db = await host.ContextFactory.CreateDbContextAsync(cancellationToken);
            var document = await OutlineCatalogExporter.BuildAsync(db, cancellationToken);
            await WriteAtomicallyAsync(Path.Combine(folder, DatasetJson.OutlinesFileName), async stream =>
            {
                await JsonSerializer.SerializeAsync(stream, document, DatasetJson.Indented.GetTypeInfo(typeof(OutlinesDocument)), cancellationToken);
                stream.WriteByte((byte)'\n');
            });
            var activities = 0;
            await using var distributionsDb = await host.ContextFactory.CreateDbContextAsync(cancellationToken);
            using var exporter = new ActivityExporter(db, distributionsDb, host.Settings.Provider);
            await WriteAtomicallyAsync(Path.Combine(folder, DatasetJson.ActivitiesFileName), async stream =>
                activities = await exporter.WriteAsync(stream, cancellationToken));
            await console.Out.WriteLineAsync(
                $"Exported {document.Disciplines?.Count} disciplines, {document.Sponsors?.Count} sponsors, {document.Outlines?.Count} outlines and {activities} activities to {folder}.");
            return CliExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot write to '{folder}': {exception.Message}");
            return CliExitCodes.Failed;
        }
        catch (Exception exception) when (DatabaseFailure.IsDatabaseProblem(exception))
        {
            await console.Error.WriteLineAsync($"The export stopped: {DatabaseFailure.Describe(exception, host.Settings)}");
            return CliExitCodes.Failed;
        }
    }

    private static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var partial = path + ".partial";
        await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            await write(stream);
        }

        File.Move(partial, path, overwrite: true);
    }
}

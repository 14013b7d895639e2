using System.Text.Json;
using CeGraph.Api.Cli.Dataset;

namespace CeGraph.Api.Cli.Import;

/// <summary>Checks a dataset folder before the database is touched, with one clear message per problem.</summary>
public static class DatasetFolder
{
    public static async Task<OutlinesDocument?> ReadOutlinesAsync(string folder, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!Directory.Exists(folder))
        {
            await console.Error.WriteLineAsync($"Dataset folder '{folder}' does not exist or is not a folder.");
            return null;
        }

        var path = Path.Combine(folder, DatasetJson.OutlinesFileName);
        try
        {
            await using var stream = File.OpenRead(path);
            var document = await JsonSerializer.DeserializeAsync(stream, DatasetJsonContext.Default.OutlinesDocument, cancellationToken);
            if (document is null)
            {
                await console.Error.WriteLineAsync($"{path} holds no JSON object.");
            }

            return document;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot read {path}: {exception.Message}");
            return null;
        }
        catch (JsonException exception)
        {
            await console.Error.WriteLineAsync($"{path} is not valid: {exception.Message}");
            return null;
        }
    }

    public static async Task<bool> CheckReadableAsync(string path, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            await using var stream = File.OpenRead(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot read {path}: {exception.Message}");
            return false;
        }
    }
}

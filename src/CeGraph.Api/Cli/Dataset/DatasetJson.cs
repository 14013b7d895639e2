using System.Text.Encodings.Web;
using System.Text.Json;

namespace CeGraph.Api.Cli.Dataset;

public static class DatasetJson
{
    public const string OutlinesFileName = "outlines.json";
    public const string ActivitiesFileName = "activities.jsonl";

    /// <summary>One compact line per activity; non-ASCII text is written as is (UTF-8), like the generator.</summary>
    public static readonly JsonSerializerOptions Compact = new()
    {
        TypeInfoResolver = DatasetJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>outlines.json: indented by two spaces.</summary>
    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };
}

using System.Text.Json.Serialization;

namespace CeGraph.Api.Cli.Dataset;

/// <summary>Source-generated (reflection-free, fast) JSON for the dataset records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ActivityRecord))]
[JsonSerializable(typeof(OutlinesDocument))]
public sealed partial class DatasetJsonContext : JsonSerializerContext;

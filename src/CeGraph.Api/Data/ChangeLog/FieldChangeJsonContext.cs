using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeGraph.Api.Data.ChangeLog;

/// <summary>
/// Source-generated JSON for a change's field list (<c>CatalogChange.Changes</c>), with the web defaults the log has
/// always been written with (camelCase names, the default encoder): the same text as the reflection serializer, without
/// its per-call metadata lookups (an import writes 100,000 of these).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<FieldChange>))]
[JsonSerializable(typeof(List<FieldChange>))]
public sealed partial class FieldChangeJsonContext : JsonSerializerContext;

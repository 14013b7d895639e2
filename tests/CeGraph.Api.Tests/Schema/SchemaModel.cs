using System.Text.Json.Nodes;

// Not ".Schema": that would shadow GraphQL.Types.Schema for the other test folders.
namespace CeGraph.Api.Tests.SchemaContract;

/// <summary>
/// The served schema as read through introspection, with a tiny path language for asserting names:
/// <c>Query.activities(where).title.contains</c> walks field <c>activities</c>, its argument <c>where</c>, input field
/// <c>title</c>, and input field <c>contains</c> of that field's type; on an enum type a step names an enum value.
/// </summary>
public sealed class SchemaModel
{
    public const string IntrospectionQuery = """
        {
          __schema {
            types {
              name kind
              interfaces { name }
              fields(includeDeprecated: true) { name args { name type { ...T } } type { ...T } }
              inputFields { name type { ...T } }
              enumValues(includeDeprecated: true) { name }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, JsonNode> _types;

    public SchemaModel(JsonNode data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _types = data["__schema"]!["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> TypeNames => _types.Keys;

    public bool HasType(string name) => _types.ContainsKey(name);

    public string? KindOf(string name) => _types.TryGetValue(name, out var type) ? type["kind"]!.GetValue<string>() : null;

    public IReadOnlyList<string> InterfacesOf(string name) =>
        _types.TryGetValue(name, out var type) ? [.. (type["interfaces"]?.AsArray() ?? []).Select(i => i!["name"]!.GetValue<string>())] : [];

    public IReadOnlyList<string> FieldNames(string typeName) =>
        _types.TryGetValue(typeName, out var type) ? [.. Names(type["fields"]), .. Names(type["inputFields"]), .. Names(type["enumValues"])] : [];

    /// <summary>Walks <paramref name="path"/>; returns null when every step exists, or a message naming the first missing one.</summary>
    public string? Walk(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var steps = path.Split('.');
        var typeName = steps[0];
        var walked = typeName;
        if (!_types.ContainsKey(typeName))
        {
            return $"{path}: type {typeName} does not exist";
        }

        foreach (var step in steps.Skip(1))
        {
            if (!_types.TryGetValue(typeName, out var type))
            {
                return $"{path}: type {typeName} does not exist";
            }

            var open = step.IndexOf('(', StringComparison.Ordinal);
            var name = open < 0 ? step : step[..open];
            var argument = open < 0 ? null : step[(open + 1)..^1];
            walked += "." + step;
            var member = Find(type["fields"], name) ?? Find(type["inputFields"], name);
            if (member is null)
            {
                return Find(type["enumValues"], name) is not null && argument is null
                    ? null
                    : $"{path}: {typeName} has no field, input field or enum value '{name}'";
            }

            var typed = member;
            if (argument is not null)
            {
                typed = Find(member["args"], argument);
                if (typed is null)
                {
                    return $"{path}: {typeName}.{name} has no argument '{argument}'";
                }
            }

            typeName = NamedType(typed["type"]!);
        }

        return null;
    }

    private static JsonNode? Find(JsonNode? list, string name) =>
        list?.AsArray().FirstOrDefault(x => x!["name"]!.GetValue<string>() == name);

    private static IEnumerable<string> Names(JsonNode? list) => list?.AsArray().Select(x => x!["name"]!.GetValue<string>()) ?? [];

    private static string NamedType(JsonNode type)
    {
        while (type["name"] is null)
        {
            type = type["ofType"]!;
        }

        return type["name"]!.GetValue<string>();
    }
}

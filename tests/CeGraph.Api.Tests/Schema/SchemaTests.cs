using System.Text.Json.Nodes;
using CeGraph.Api.GraphQL;
using CeGraph.Api.Hosting.Http;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

// Not ".Schema": that would shadow GraphQL.Types.Schema for the other test folders.
namespace CeGraph.Api.Tests.SchemaContract;

/// <summary>The schema the server serves is the committed <c>schema/schema.graphql</c>, and every element of it is described.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class SchemaTests(CeGraphTestApp app)
{
    private const string Regenerate = "dotnet run --project src/CeGraph.Api -- print-schema > schema/schema.graphql";

    private static readonly HashSet<string> BuiltInScalars = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    [Fact]
    public async Task Sdl_ServedByRunningServer_EqualsSchemaFile()
    {
        using var client = app.CreateGraphQLClient();

        var served = await client.Http.GetStringAsync("/graphql?sdl");

        AssertMatchesSchemaFile(served, "GET /graphql?sdl");
    }

    [Fact]
    public void Sdl_PrintedBySchemaSdl_EqualsSchemaFile()
    {
        var printed = SchemaSdl.Print(app.Services.GetRequiredService<CeGraphSchema>());

        AssertMatchesSchemaFile(printed, "SchemaSdl.Print");
    }

    [Fact]
    public async Task Introspection_EveryTypeFieldArgumentInputFieldAndEnumValue_HasDescription()
    {
        using var client = app.CreateGraphQLClient();
        var data = await client.DataAsync("""
            {
              __schema {
                description
                types {
                  name kind description
                  fields(includeDeprecated: true) { name description args { name description } }
                  inputFields { name description }
                  enumValues(includeDeprecated: true) { name description }
                }
              }
            }
            """);

        var missing = new List<string>();
        foreach (var type in data["__schema"]!["types"]!.AsArray().Select(t => t!))
        {
            var name = type["name"]!.GetValue<string>();
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(name))
            {
                continue;
            }

            Check(type, name);
            foreach (var field in Items(type["fields"]))
            {
                Check(field, $"{name}.{field["name"]}");
                foreach (var argument in Items(field["args"]))
                {
                    Check(argument, $"{name}.{field["name"]}({argument["name"]}:)");
                }
            }

            foreach (var inputField in Items(type["inputFields"]))
            {
                Check(inputField, $"{name}.{inputField["name"]}");
            }

            foreach (var value in Items(type["enumValues"]))
            {
                Check(value, $"{name}.{value["name"]}");
            }
        }

        Assert.True(missing.Count == 0, "These schema elements have no description:\n" + string.Join('\n', missing));

        void Check(JsonNode element, string what)
        {
            if (string.IsNullOrWhiteSpace(element["description"]?.GetValue<string>()))
            {
                missing.Add(what);
            }
        }
    }

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list?.AsArray().Select(x => x!) ?? [];

    private static void AssertMatchesSchemaFile(string actual, string source)
    {
        var path = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        Assert.True(File.Exists(path), $"{path} is missing. Create it with: {Regenerate}");
        var expected = Normalize(File.ReadAllText(path));
        actual = Normalize(actual);
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail(
            $"schema/schema.graphql differs from the schema the server prints ({source}), first at line {line + 1}:\n" +
            $"  file:   {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
            $"  server: {(line < actualLines.Length ? actualLines[line] : "<end of output>")}\n" +
            $"If the schema change is intended, regenerate the file from the repository root with:\n  {Regenerate}\nand review and commit the diff.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The directory holding CeGraph.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CeGraph.sln above {AppContext.BaseDirectory}.");
    }
}

using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Catalog;

[Collection(ReadOnlyCatalog.Name)]
public sealed class NodeTests(CeGraphTestApp app)
{
    /// <summary>What the tests read of each public Node type.</summary>
    private static readonly Dictionary<string, string> Selections = new()
    {
        ["Discipline"] = "code",
        ["ContentOutline"] = "kind version",
        ["ContentCategory"] = "code",
        ["Sponsor"] = "code",
        ["Activity"] = "code",
        ["CreditDistribution"] = "totalCredits activity { code }",
        ["Requirement"] = "name",
    };

    private static readonly string NodeSelection = "__typename id " + string.Join(' ', Selections.Select(s => $"... on {s.Key} {{ {s.Value} }}"));

    private static string Select(string typeName) => $"__typename id {Selections[typeName]}";

    [Fact]
    public async Task Node_IdOfEveryPublicNodeType_ReturnsTheSameObject()
    {
        using var client = app.CreateGraphQLClient();
        var objects = await SampleOfEveryTypeAsync(client);

        foreach (var (typeName, expected) in objects)
        {
            var id = expected["id"]!.GetValue<string>();
            var data = await client.DataAsync($"query($id: ID!) {{ node(id: $id) {{ {NodeSelection} }} }}", new { id });

            var node = data["node"]!;
            Assert.Equal(typeName, node["__typename"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(expected, node), $"{typeName}: expected {expected.ToJsonString()}, got {node.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Nodes_IdsOfEveryPublicNodeTypeMixedWithUnknownOnes_ReturnsThemInOrderWithNulls()
    {
        using var client = app.CreateGraphQLClient();
        var objects = await SampleOfEveryTypeAsync(client);
        var ids = new List<string?>();
        foreach (var (_, node) in objects)
        {
            ids.Add(node["id"]!.GetValue<string>());
            ids.Add(null);
        }

        var sent = ids.Select(id => id ?? Id("Activity:999999")).ToArray();
        var data = await client.DataAsync($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ {NodeSelection} }} }}", new { ids = sent });

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(sent.Length, nodes.Count);
        for (var i = 0; i < sent.Length; i++)
        {
            if (ids[i] is null)
            {
                Assert.Null(nodes[i]);
            }
            else
            {
                Assert.True(JsonNode.DeepEquals(objects[i / 2].Node, nodes[i]), $"nodes[{i}]: {nodes[i]?.ToJsonString()}");
            }
        }
    }

    public static TheoryData<string> GarbageIds() => new()
    {
        "",
        "abc",
        "!!!not base64!!!",
        Id("Discipline:0"),
        Id("Discipline:-1"),
        Id("Discipline:1.5"),
        Id("Discipline:1:2"),
        Id("Discipline:99999999999"),
        Id("Discipline:999999"),
        Id("Nope:1"),
        Id("ApiKey:1"),
        Id(":1"),
        Id("discipline:1"),
        new string('A', 5000),
        Id("Discipline") ,
    };

    [Theory]
    [MemberData(nameof(GarbageIds))]
    public async Task Node_GarbageOrUnknownId_ReturnsNullWithoutError(string id)
    {
        using var client = app.CreateGraphQLClient();

        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { __typename id } nodes(ids: [$id, $id]) { id } }", new { id });

        Assert.True(response.Json?["errors"] is null, response.Pretty);
        Assert.Null(response.Json!["data"]!["node"]);
        Assert.Equal([null, null], response.Json["data"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Nodes_MoreThan100Ids_ReturnsBadUserInputError()
    {
        using var client = app.CreateGraphQLClient();
        var ids = Enumerable.Range(1, 101).Select(i => Id($"Activity:{i}")).ToArray();

        var response = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        var error = response.Json!["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("100", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task Nodes_Exactly100Ids_AreAllResolved()
    {
        using var client = app.CreateGraphQLClient();
        var page = await client.DataAsync("{ activities(first: 100) { nodes { id } } }");
        var ids = page["activities"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();

        var data = await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(ids, data["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    /// <summary>One object of every public Node type, as <see cref="NodeSelection"/> shows it, read through ordinary fields.</summary>
    private static async Task<List<(string TypeName, JsonNode Node)>> SampleOfEveryTypeAsync(GraphQLClient client)
    {
        var data = await client.DataAsync($$"""
            {
              discipline(code: "CT") {
                {{Select("Discipline")}}
                outline(kind: STRUCTURED_EDUCATION, asOf: "2026-06-30") { {{Select("ContentOutline")}} categories { children { {{Select("ContentCategory")}} } } }
                requirements { {{Select("Requirement")}} }
              }
              activities(first: 1, where: { disciplineCode: { eq: "CT" } }) {
                nodes { {{Select("Activity")}} sponsor { {{Select("Sponsor")}} } distributions { {{Select("CreditDistribution")}} } }
              }
            }
            """);
        var discipline = data["discipline"]!;
        var outline = discipline["outline"]!;
        var activity = data["activities"]!["nodes"]![0]!;
        JsonNode[] nodes =
        [
            Strip(discipline, "outline", "requirements"),
            Strip(outline, "categories"),
            outline["categories"]![0]!["children"]![0]!,
            activity["sponsor"]!,
            Strip(activity, "sponsor", "distributions"),
            activity["distributions"]![0]!,
            discipline["requirements"]![0]!,
        ];
        return [.. nodes.Select(n => (n["__typename"]!.GetValue<string>(), n))];
    }

    private static JsonObject Strip(JsonNode node, params string[] names)
    {
        var copy = node.DeepClone().AsObject();
        foreach (var name in names)
        {
            copy.Remove(name);
        }

        return copy;
    }

    private static string Id(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
